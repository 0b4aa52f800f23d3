using System.IO.Compression;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneCompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// Lucene's Deflate stored-field compression (<see cref="LuceneCompressionMode.HIGH_COMPRESSION"/>, the same bytes
/// on disk) with a decompressor that inflates a block only as far as the article asked for.
/// </summary>
/// <remarks>
/// Lucene.Net's own decompressor inflates the whole 16 KB block into a growing <see cref="MemoryStream"/>, copies it
/// out and allocates the compressed bytes afresh on every call: showing a hit cost the whole block three times over.
/// This one reuses its buffers and stops at the end of the requested article, on average half-way into the block.
/// </remarks>
internal sealed class StoredArticleCompression : LuceneCompressionMode
{
    /// <summary>The one instance: writers and readers must agree on the mode, and it holds no state.</summary>
    public static StoredArticleCompression Instance { get; } = new();

    private StoredArticleCompression()
    {
    }

    /// <inheritdoc/>
    public override Compressor NewCompressor() => HIGH_COMPRESSION.NewCompressor();

    /// <inheritdoc/>
    public override Decompressor NewDecompressor() => new PrefixInflater();

    /// <inheritdoc/>
    public override string ToString() => "DeflatePrefix";

    /// <summary>Inflates the leading bytes of a block; one instance per stored-fields reader (they are not shared between threads).</summary>
    private sealed class PrefixInflater : Decompressor
    {
        private byte[] _compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            if (length == 0)
            {
                // As Lucene's decompressor: nothing is read, the caller does not read on from here.
                bytes.Length = 0;
                return;
            }

            var compressedLength = input.ReadVInt32();
            if (_compressed.Length < compressedLength)
            {
                _compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
            }

            input.ReadBytes(_compressed, 0, compressedLength);
            var wanted = offset + length;
            if (wanted > originalLength)
            {
                throw new CorruptIndexException($"stored block asks for bytes {offset}..{wanted} of {originalLength} (resource={input})");
            }

            if (bytes.Bytes.Length < wanted)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(wanted, 1)];
            }

            using (var inflater = new DeflateStream(new MemoryStream(_compressed, 0, compressedLength, writable: false), System.IO.Compression.CompressionMode.Decompress))
            {
                try
                {
                    inflater.ReadExactly(bytes.Bytes, 0, wanted);
                }
                catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
                {
                    throw new CorruptIndexException($"stored block inflates to fewer than {wanted} bytes or is not Deflate (resource={input})", e);
                }
            }

            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new PrefixInflater();
    }
}
