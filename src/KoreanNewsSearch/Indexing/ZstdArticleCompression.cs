using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ZstdSharp.Unsafe;
using LuceneCompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// Stored-field compression with Zstandard (the managed port ZstdSharp) and a dictionary shipped in the assembly,
/// trained on the JSON of the Wikinews articles in <c>data/</c> (benchmark command <c>stored-dictionary</c>). With
/// the dictionary a block of one or two articles compresses as well as Deflate compresses 16 KB blocks, so that
/// showing a hit decodes its own article instead of inflating a 16 KB block up to it.
/// </summary>
/// <remarks>
/// The dictionary's bytes are part of the on-disk format: segments name the codec that wrote them, and a different
/// dictionary needs a new codec name (<see cref="NewsCodec"/>), never a new file under this one.
/// </remarks>
internal sealed class ZstdArticleCompression : LuceneCompressionMode
{
    /// <summary>The embedded resource holding the dictionary.</summary>
    internal const string DictionaryResource = "KoreanNewsSearch.Indexing.stored-articles.zdict";

    // Level 3 is zstd's default: level 6 shrinks the Chosun articles' JSON 5% more but compresses four times slower.
    private const int Level = 3;

    private static readonly Lazy<byte[]> Dictionary = new(LoadDictionary);

    private ZstdArticleCompression()
    {
    }

    /// <summary>The one instance: writers and readers must agree on the mode, and it holds no state.</summary>
    public static ZstdArticleCompression Instance { get; } = new();

    /// <inheritdoc/>
    public override Compressor NewCompressor() => new DictionaryCompressor();

    /// <inheritdoc/>
    public override Decompressor NewDecompressor() => new DictionaryDecompressor();

    /// <inheritdoc/>
    public override string ToString() => "ZstdDictionary";

    private static byte[] LoadDictionary()
    {
        using var stream = typeof(ZstdArticleCompression).Assembly.GetManifestResourceStream(DictionaryResource)
            ?? throw new InvalidOperationException($"the assembly lacks its resource {DictionaryResource}");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Writes a block as its compressed length and one zstd frame; one instance per stored-fields writer.</summary>
    private sealed class DictionaryCompressor : Compressor
    {
        private readonly ZstdSharp.Compressor _zstd = CreateZstd();
        private byte[] _compressed = [];

        public override void Compress(byte[] bytes, int off, int len, DataOutput output)
        {
            var bound = ZstdSharp.Compressor.GetCompressBound(len);
            if (_compressed.Length < bound)
            {
                _compressed = new byte[ArrayUtil.Oversize(bound, 1)];
            }

            var written = _zstd.Wrap(bytes.AsSpan(off, len), _compressed);
            output.WriteVInt32(written);
            output.WriteBytes(_compressed, 0, written);
        }

        private static ZstdSharp.Compressor CreateZstd()
        {
            var zstd = new ZstdSharp.Compressor(Level);
            // The reader knows the dictionary: its id in every frame would be four wasted bytes an article.
            zstd.SetParameter(ZSTD_cParameter.ZSTD_c_dictIDFlag, 0);
            zstd.LoadDictionary(Dictionary.Value);
            return zstd;
        }
    }

    /// <summary>Decodes a whole block: a zstd frame decodes from its start to its end.</summary>
    private sealed class DictionaryDecompressor : LengthPrefixedBlockDecompressor
    {
        private readonly ZstdSharp.Decompressor _zstd = CreateZstd();

        protected override int DecodedLength(int originalLength, int wanted) => originalLength;

        protected override void Decode(byte[] compressed, int compressedLength, Span<byte> decoded, DataInput input)
        {
            int written;
            try
            {
                written = _zstd.Unwrap(compressed.AsSpan(0, compressedLength), decoded);
            }
            catch (ZstdSharp.ZstdException e)
            {
                throw new CorruptIndexException($"stored block is not a zstd frame of {decoded.Length} bytes (resource={input})", e);
            }

            if (written != decoded.Length)
            {
                throw new CorruptIndexException($"stored block decodes to {written} bytes, not {decoded.Length} (resource={input})");
            }
        }

        public override object Clone() => new DictionaryDecompressor();

        private static ZstdSharp.Decompressor CreateZstd()
        {
            var zstd = new ZstdSharp.Decompressor();
            zstd.LoadDictionary(Dictionary.Value);
            return zstd;
        }
    }
}
