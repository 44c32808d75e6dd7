using System.Runtime.InteropServices;

namespace NewsText.Boilerplate;

/// <summary>One block set aside, before <see cref="RemovalList"/> makes it into a <see cref="RemovedText"/>.</summary>
/// <remarks>
/// A page sets aside hundreds of blocks, and each is kept here until the parse's result is dropped: in ten bytes, its
/// span in eight and, in the other two, its kind (below <see cref="KindLimit"/>) and its reason, as its place among the
/// sentences of <see cref="RemovalReasons"/> (below <see cref="ReasonLimit"/>). Packed at two bytes, the records do
/// not round up to twelve: a corpus round keeps some thirteen thousand of them.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
internal readonly struct Removal
{
    /// <summary>The kinds a removal can hold: <see cref="RemovalKind"/> has fewer.</summary>
    public const int KindLimit = 1 << KindBits;

    /// <summary>The reason places a removal can hold: the sentences and the reasons a parse adds are fewer.</summary>
    public const int ReasonLimit = 1 << (16 - KindBits);

    private const int KindBits = 5;

    private readonly ushort _kindAndReason;

    /// <param name="span">The block.</param>
    /// <param name="kind">The category of the removal.</param>
    /// <param name="reason">The reason's place (see <see cref="RemovalReasons.Place"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind or the place is past what the record holds.</exception>
    public Removal(TextSpan span, RemovalKind kind, int reason)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)kind, (uint)KindLimit, nameof(kind));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)reason, (uint)ReasonLimit, nameof(reason));
        Span = span;
        _kindAndReason = (ushort)((uint)kind | ((uint)reason << KindBits));
    }

    public TextSpan Span { get; }

    public RemovalKind Kind => (RemovalKind)(_kindAndReason & (KindLimit - 1));

    /// <summary>The reason's place (see <see cref="RemovalReasons.Place"/>).</summary>
    public int Reason => _kindAndReason >> KindBits;
}
