using System.Buffers;

namespace NewsText.Serialization;

/// <summary>
/// The memory a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into, passed on to a stream a chunk at a time.
/// </summary>
/// <remarks>
/// The serializer flushes its writer after every value it hands to a converter of its own (each nullable span, each
/// enum), and a writer over a stream turns every flush into a write to that stream: an article's JSON reached a file in
/// about forty writes of a few hundred bytes, each a system call. Here a flush only commits bytes to the chunk, and the
/// stream gets a write when the chunk is full and one at the end, so memory stays at a chunk however long the JSON.
/// </remarks>
internal sealed class StreamChunkWriter : IBufferWriter<byte>, IDisposable
{
    private const int ChunkSize = 16 * 1024;

    private readonly Stream _stream;
    private byte[] _chunk;
    private int _written;

    public StreamChunkWriter(Stream stream)
    {
        _stream = stream;
        _chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _chunk.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _chunk.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _chunk.AsSpan(_written);
    }

    /// <summary>Writes what the chunk holds to the stream and flushes it.</summary>
    public void Flush()
    {
        WriteChunk();
        _stream.Flush();
    }

    public void Dispose()
    {
        if (_chunk.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_chunk);
            _chunk = [];
        }
    }

    private void MakeRoom(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_chunk.Length - _written >= sizeHint)
        {
            return;
        }

        WriteChunk();
        if (_chunk.Length < sizeHint)
        {
            ArrayPool<byte>.Shared.Return(_chunk);
            _chunk = ArrayPool<byte>.Shared.Rent(sizeHint);
        }
    }

    private void WriteChunk()
    {
        if (_written > 0)
        {
            _stream.Write(_chunk, 0, _written);
            _written = 0;
        }
    }
}
