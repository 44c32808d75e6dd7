using System.Collections;

namespace NewsText.Boilerplate;

/// <summary>
/// The removals of one parse, each made into a <see cref="RemovedText"/> only when a caller first reads it: a page
/// sets aside hundreds of blocks, and many callers read only the paragraphs. Safe to read from several threads, and
/// every read of an index returns the same record.
/// </summary>
internal sealed class RemovalList : IReadOnlyList<RemovedText>
{
    private readonly string _input;
    private readonly Removal[] _removals;
    private readonly IReadOnlyList<string>? _otherReasons;
    private RemovedText?[]? _made;

    /// <param name="input">The parsed input, which the records cut their text from.</param>
    /// <param name="removals">The removals in input order; the list keeps the array.</param>
    /// <param name="otherReasons">The reasons <see cref="RemovalReasons.Place"/> placed after its sentences, if any.</param>
    public RemovalList(string input, Removal[] removals, IReadOnlyList<string>? otherReasons = null)
    {
        _input = input;
        _removals = removals;
        _otherReasons = otherReasons;
    }

    public int Count => _removals.Length;

    public RemovedText this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_removals.Length, nameof(index));
            Removal removal = _removals[index];
            RemovedText?[] made = _made ?? Interlocked.CompareExchange(ref _made, new RemovedText?[_removals.Length], null) ?? _made;
            // Two threads may both make the record; the first one stored is the one every reader gets.
            return made[index] ?? Interlocked.CompareExchange(ref made[index], new RemovedText(_input, removal.Span, removal.Kind, RemovalReasons.At(removal.Reason, _otherReasons)), null)
                ?? made[index]!;
        }
    }

    public IEnumerator<RemovedText> GetEnumerator()
    {
        for (int i = 0; i < _removals.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
