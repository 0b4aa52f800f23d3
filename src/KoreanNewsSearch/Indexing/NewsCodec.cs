using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// The codec new segments are written with: Lucene 4.6's formats, except that stored articles are compressed with
/// Zstandard and a dictionary (<see cref="ZstdArticleCompression"/>) in blocks of about one article, instead of LZ4
/// in 16 KB blocks. Korean text is three UTF-8 bytes a syllable, which LZ4 barely shrinks (the Chosun articles' JSON
/// to 0.58 of its bytes); Deflate in 16 KB blocks (<see cref="DeflateNewsCodec"/>, the codec before this one) to
/// 0.39, but showing a hit inflated its block up to the article: 25 µs an article against 6 µs for zstd, which with
/// the dictionary shrinks single articles to 0.40.
/// </summary>
/// <remarks>
/// The codec's name is written into each segment, so reading needs it registered: <see cref="Register"/> adds it to
/// Lucene.Net's codec factory in front of whatever factory is there. Segments of older indexes (codecs
/// <c>Lucene46</c> and <see cref="DeflateNewsCodec.RegisteredName"/>) still read as they are and are rewritten with
/// this codec when merged.
/// </remarks>
[CodecName(RegisteredName)]
internal sealed class NewsCodec : FilterCodec
{
    /// <summary>The codec name recorded in segments.</summary>
    public const string RegisteredName = "KoreanNews46Zstd";

    /// <summary>
    /// Articles are buffered until a block holds this many bytes, and a block of twice as many is compressed in slices
    /// of this size (Lucene's stored-fields writer): most articles' JSON is 1-6 KB, so most blocks hold one or two.
    /// </summary>
    private const int StoredBlockBytes = 1 << 12;

    private static readonly System.Threading.Lock RegisterLock = new();
    private static bool _registered;

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("KoreanNewsStoredFieldsZstd", ZstdArticleCompression.Instance, StoredBlockBytes);

    /// <summary>The codec writing stored fields with zstd over Lucene 4.6's other formats.</summary>
    public NewsCodec()
        : base(new Lucene46Codec())
    {
    }

    /// <summary>One instance serves every writer and reader: codecs hold no per-index state.</summary>
    public static NewsCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>Makes segments written with this codec or <see cref="DeflateNewsCodec"/> readable; idempotent and thread-safe.</summary>
    public static void Register()
    {
        lock (RegisterLock)
        {
            if (_registered)
            {
                return;
            }

            Codec.SetCodecFactory(new Factory(Codec.GetCodecFactory()));
            _registered = true;
        }
    }

    /// <summary>Resolves our codecs' names and hands every other name to the factory that was in place.</summary>
    private sealed class Factory(ICodecFactory previous) : ICodecFactory, IServiceListable
    {
        public ICollection<string> AvailableServices =>
            [.. (previous as IServiceListable)?.AvailableServices ?? [], RegisteredName, DeflateNewsCodec.RegisteredName];

        public Codec GetCodec(string name) => name switch
        {
            RegisteredName => Instance,
            DeflateNewsCodec.RegisteredName => DeflateNewsCodec.Instance,
            _ => previous.GetCodec(name),
        };
    }
}
