using System.IO.Compression;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
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

    /// <summary>Inflates the leading bytes of a block, as many as the article asked for.</summary>
    private sealed class PrefixInflater : LengthPrefixedBlockDecompressor
    {
        public override object Clone() => new PrefixInflater();

        protected override int DecodedLength(int originalLength, int wanted) => wanted;

        protected override void Decode(byte[] compressed, int compressedLength, Span<byte> decoded, DataInput input)
        {
            using var inflater = new DeflateStream(new MemoryStream(compressed, 0, compressedLength, writable: false), System.IO.Compression.CompressionMode.Decompress);
            try
            {
                inflater.ReadExactly(decoded);
            }
            catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
            {
                throw new CorruptIndexException($"stored block inflates to fewer than {decoded.Length} bytes or is not Deflate (resource={input})", e);
            }
        }
    }
}
