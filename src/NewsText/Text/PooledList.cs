using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsText.Text;

/// <summary>
/// A list of values whose storage is rented from the shared array pool and given back on <see cref="Dispose"/>: the
/// lines and blocks of a large input run to megabytes, which a list kept per thread must not hold on to for good, and
/// which the collector would otherwise allocate and clear again on every parse. The pool keeps them for the next large
/// input and lets go of the ones left unused when memory runs short or they sit idle.
/// </summary>
/// <typeparam name="T">
/// Unmanaged, so that an array given back holds no reference that would keep a parse's objects alive.
/// </typeparam>
internal sealed class PooledList<T> : IDisposable
    where T : unmanaged
{
    private T[] _items;

    /// <summary>Rents room for at least <paramref name="capacity"/> items.</summary>
    public PooledList(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 1));

    public int Count { get; private set; }

    /// <summary>How many items fit before the storage grows.</summary>
    public int Capacity => _items.Length;

    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            // A bounds check against Count, not the rented length: slots past it hold another parse's values.
            if ((uint)index >= (uint)Count)
            {
                ThrowIndexOutOfRange();
            }

            return ref _items[index];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = item;
    }

    public Span<T> AsSpan() => _items.AsSpan(0, Count);

    public Span<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>Gives the storage back to the pool; the list is not used again.</summary>
    public void Dispose()
    {
        T[] items = _items;
        _items = [];
        Count = 0;
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }

    /// <summary>Doubles the room: the copy is rented, and the old storage goes back to the pool.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        T[] grown = ArrayPool<T>.Shared.Rent((int)Math.Min(_items.Length * 2L, Array.MaxLength));
        AsSpan().CopyTo(grown);
        ArrayPool<T>.Shared.Return(_items);
        _items = grown;
    }

    private static void ThrowIndexOutOfRange() => throw new ArgumentOutOfRangeException("index");
}
