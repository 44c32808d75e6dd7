namespace NewsText.Boilerplate;

/// <summary>One block set aside, before <see cref="RemovalList"/> makes it into a <see cref="RemovedText"/>.</summary>
/// <remarks>
/// A page sets aside hundreds of blocks, and each is kept here until the parse's result is dropped: in twelve bytes,
/// with its kind in two and its reason, as its place among the sentences of <see cref="RemovalReasons"/>, in the other two.
/// </remarks>
/// <param name="span">The block.</param>
/// <param name="kind">The category of the removal.</param>
/// <param name="reason">The reason's place (see <see cref="RemovalReasons.Place"/>).</param>
internal readonly struct Removal(TextSpan span, RemovalKind kind, int reason)
{
    private readonly ushort _kind = checked((ushort)kind);
    private readonly ushort _reason = checked((ushort)reason);

    public TextSpan Span { get; } = span;

    public RemovalKind Kind => (RemovalKind)_kind;

    /// <summary>The reason's place (see <see cref="RemovalReasons.Place"/>).</summary>
    public int Reason => _reason;
}
