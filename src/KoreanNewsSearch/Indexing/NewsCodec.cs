using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// The codec new segments are written with: Lucene 4.6's formats, except that stored articles are compressed with
/// Deflate instead of LZ4. Korean text is three UTF-8 bytes a syllable, which LZ4 barely shrinks; measured on the
/// 56,015 Chosun articles' JSON in 16 KB blocks: LZ4 to 0.58 of its bytes, Deflate to 0.40, decompressing a block as
/// fast as LZ4 (about 50 µs; Lucene.Net's LZ4 is managed code, Deflate is the runtime's zlib) and compressing it in
/// 1.4 times LZ4's time. Larger blocks shrink more (32 KB: 0.37) but every hit shown inflates its block up to the
/// article (<see cref="StoredArticleCompression"/>).
/// </summary>
/// <remarks>
/// The codec's name is written into each segment, so reading needs it registered: <see cref="Register"/> adds it to
/// Lucene.Net's codec factory in front of whatever factory is there. Segments of older indexes (codec
/// <c>Lucene46</c>) still read as they are and are rewritten with this codec when merged.
/// </remarks>
[CodecName(RegisteredName)]
internal sealed class NewsCodec : FilterCodec
{
    /// <summary>The codec name recorded in segments.</summary>
    public const string RegisteredName = "KoreanNews46";

    private const int StoredBlockBytes = 1 << 14;

    private static readonly System.Threading.Lock RegisterLock = new();
    private static bool _registered;

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("KoreanNewsStoredFields", StoredArticleCompression.Instance, StoredBlockBytes);

    /// <summary>The codec writing stored fields with Deflate over Lucene 4.6's other formats.</summary>
    public NewsCodec()
        : base(new Lucene46Codec())
    {
    }

    /// <summary>One instance serves every writer and reader: codecs hold no per-index state.</summary>
    public static NewsCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>Makes segments written with this codec readable; idempotent and thread-safe.</summary>
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

    /// <summary>Resolves this codec's name and hands every other name to the factory that was in place.</summary>
    private sealed class Factory(ICodecFactory previous) : ICodecFactory, IServiceListable
    {
        public ICollection<string> AvailableServices =>
            [.. (previous as IServiceListable)?.AvailableServices ?? [], RegisteredName];

        public Codec GetCodec(string name) => name == RegisteredName ? Instance : previous.GetCodec(name);
    }
}
