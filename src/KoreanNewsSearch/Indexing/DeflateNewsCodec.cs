using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// The codec of segments written before <see cref="NewsCodec"/>: Lucene 4.6's formats with stored articles in 16 KB
/// Deflate blocks (<see cref="StoredArticleCompression"/>). Kept so that those indexes stay readable; their segments
/// are rewritten with <see cref="NewsCodec"/> when merged.
/// </summary>
[CodecName(RegisteredName)]
internal sealed class DeflateNewsCodec : FilterCodec
{
    /// <summary>The codec name recorded in segments.</summary>
    public const string RegisteredName = "KoreanNews46";

    private const int StoredBlockBytes = 1 << 14;

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("KoreanNewsStoredFields", StoredArticleCompression.Instance, StoredBlockBytes);

    /// <summary>The codec reading stored fields with Deflate over Lucene 4.6's other formats.</summary>
    public DeflateNewsCodec()
        : base(new Lucene46Codec())
    {
    }

    /// <summary>One instance serves every reader.</summary>
    public static DeflateNewsCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;
}
