using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// Reads a stored-fields block written as its compressed length (a VInt) and the compressed bytes, into a buffer
/// reused from call to call, checks the requested range, and leaves the decoding to the compression it belongs to.
/// One instance per stored-fields reader (they are not shared between threads).
/// </summary>
internal abstract class LengthPrefixedBlockDecompressor : Decompressor
{
    private byte[] _compressed = [];

    /// <inheritdoc/>
    public sealed override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
    {
        if (length == 0)
        {
            // As Lucene's decompressors: nothing is read, the caller does not read on from here.
            bytes.Length = 0;
            return;
        }

        var compressedLength = input.ReadVInt32();
        if (_compressed.Length < compressedLength)
        {
            _compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
        }

        input.ReadBytes(_compressed, 0, compressedLength);
        if (offset + length > originalLength)
        {
            throw new CorruptIndexException($"stored block asks for bytes {offset}..{offset + length} of {originalLength} (resource={input})");
        }

        var decoded = DecodedLength(originalLength, offset + length);
        if (bytes.Bytes.Length < decoded)
        {
            bytes.Bytes = new byte[ArrayUtil.Oversize(decoded, 1)];
        }

        Decode(_compressed, compressedLength, bytes.Bytes.AsSpan(0, decoded), input);
        bytes.Offset = offset;
        bytes.Length = length;
    }

    /// <summary>How many leading bytes of the block <see cref="Decode"/> writes, given that the caller wants the first <paramref name="wanted"/>.</summary>
    protected abstract int DecodedLength(int originalLength, int wanted);

    /// <summary>
    /// Decodes the first <paramref name="compressedLength"/> bytes of <paramref name="compressed"/> into exactly
    /// <paramref name="decoded"/>'s length of leading block bytes, or throws <see cref="CorruptIndexException"/>
    /// naming <paramref name="input"/>.
    /// </summary>
    protected abstract void Decode(byte[] compressed, int compressedLength, Span<byte> decoded, DataInput input);
}
