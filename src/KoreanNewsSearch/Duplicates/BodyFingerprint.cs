using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using KoreanNewsSearch.Analysis;

namespace KoreanNewsSearch.Duplicates;

/// <summary>
/// A MinHash signature of an article body: <see cref="HashCount"/> minimum hashes over the overlapping
/// <see cref="ShingleLength"/>-character shingles of the normalised body (letters and digits only, so spacing,
/// punctuation and line breaks do not count). The share of equal positions in two signatures estimates the Jaccard
/// similarity of the two bodies' shingle sets. Only the low 16 bits of each minimum are kept (b-bit MinHash): 256
/// bytes an article, and two unrelated minima agree by chance once in 65,536 positions.
/// </summary>
/// <remarks>
/// Five characters: shorter shingles (3-4 Hangul syllables) are common phrases that every article on a topic shares;
/// longer ones make a changed word cost more matching shingles. The signature is cut into <see cref="BandCount"/>
/// bands of <see cref="RowsPerBand"/> hashes; two bodies with a Jaccard similarity of 0.5 share at least one band with
/// probability 0.87, at 0.7 with 0.9995, at 0.2 with 0.05: the bands are the candidate lookup (indexed as terms),
/// the whole signature the check.
/// </remarks>
internal sealed class BodyFingerprint
{
    /// <summary>Characters per shingle.</summary>
    public const int ShingleLength = 5;

    /// <summary>Hashes in a signature.</summary>
    public const int HashCount = BandCount * RowsPerBand;

    /// <summary>Bands (candidate keys) per signature.</summary>
    public const int BandCount = 32;

    /// <summary>Hashes per band.</summary>
    public const int RowsPerBand = 4;

    /// <summary>
    /// Bodies with fewer letters and digits than this get no fingerprint: a photo caption or a one-line brief says
    /// too little to tell a copy from another story with the same wording.
    /// </summary>
    public const int MinimumCharacters = 200;

    private const int SignatureBytes = HashCount * sizeof(ushort);

    private static readonly ulong[] Seeds = CreateSeeds();

    private static readonly Vector512<ulong>[] SeedVectors =
        [.. Enumerable.Range(0, HashCount / Vector512<ulong>.Count).Select(v => Vector512.Create(Seeds.AsSpan(v * Vector512<ulong>.Count)))];

    private readonly ushort[] _lowBits;

    private readonly ulong[] _bandHashes;

    private BodyFingerprint(ushort[] lowBits, string leadEnding, ulong[] bandHashes)
    {
        _lowBits = lowBits;
        Lead = leadEnding;
        _bandHashes = bandHashes;
        BandKeys = [.. bandHashes.Select(CompactBandKey)];
    }

    /// <summary>The body's <see cref="LeadEnding"/>, kept with the signature.</summary>
    public string Lead { get; }

    /// <summary>
    /// The band keys, one term a band: the band number and the high 36 bits of a hash of its full 32-bit rows, in
    /// seven base-64 characters. Empty for a fingerprint read back with <see cref="FromBytes"/>, which keeps only what
    /// the similarity check needs.
    /// </summary>
    /// <remarks>
    /// Band terms are nearly all unique (1.8 million on the 56,015 Chosun articles), so their length is what they cost:
    /// measured on 56,015 x 32 random keys, terms and postings take 34.9 MB as the 18 hex digits of
    /// <see cref="LegacyBandKeys"/> and 19.7 MB in this form. Two bands of different bodies share a key by chance once
    /// in 2^36 comparisons, and a shared band only makes a candidate that the signature then checks.
    /// </remarks>
    public IReadOnlyList<string> BandKeys { get; }

    /// <summary>
    /// The band keys in the form indexes written before 2026-12-02 hold (<see cref="Indexing.NewsFields.LegacyDuplicateBand"/>:
    /// the band number and the whole 64-bit hash in hex), for finding copies among their articles.
    /// </summary>
    public IEnumerable<string> LegacyBandKeys() =>
        _bandHashes.Select((hash, band) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{band:x2}{hash:x16}"));

    /// <summary>The fingerprint of a body, or null when the body is too short to fingerprint.</summary>
    public static BodyFingerprint? Of(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        var normalized = KoreanTextNormalizer.Normalize(body);
        var text = LettersAndDigits(normalized);
        if (text.Length < MinimumCharacters)
        {
            return null;
        }

        var hashes = MinimumHashes(text, Vector512.IsHardwareAccelerated);
        return new BodyFingerprint([.. hashes.Select(h => (ushort)h)], LeadEnding(normalized), BandHashes(hashes));
    }

    /// <summary>
    /// The <see cref="HashCount"/> minima (the high 32 bits of each hash function) over the text's shingles. A shingle
    /// that occurs twice cannot change a minimum, so they are not deduplicated.
    /// </summary>
    /// <param name="text">Letters and digits of the normalised body.</param>
    /// <param name="vectorized">Eight hash functions at a time in 512-bit registers (where the processor has them); the
    /// result is the same either way.</param>
    internal static uint[] MinimumHashes(string text, bool vectorized)
    {
        var hashes = new uint[HashCount];
        if (!vectorized)
        {
            Array.Fill(hashes, uint.MaxValue);
            for (var i = 0; i + ShingleLength <= text.Length; i++)
            {
                var shingle = ShingleHash(text.AsSpan(i, ShingleLength));
                for (var k = 0; k < HashCount; k++)
                {
                    hashes[k] = Math.Min(hashes[k], (uint)(Mix(shingle ^ Seeds[k]) >> 32));
                }
            }

            return hashes;
        }

        Span<Vector512<ulong>> minima = stackalloc Vector512<ulong>[SeedVectors.Length];
        minima.Fill(Vector512<ulong>.AllBitsSet);
        for (var i = 0; i + ShingleLength <= text.Length; i++)
        {
            var shingle = Vector512.Create(ShingleHash(text.AsSpan(i, ShingleLength)));
            for (var v = 0; v < SeedVectors.Length; v++)
            {
                minima[v] = Vector512.Min(minima[v], Mix(shingle ^ SeedVectors[v]) >>> 32);
            }
        }

        for (var k = 0; k < HashCount; k++)
        {
            hashes[k] = (uint)minima[k / Vector512<ulong>.Count][k % Vector512<ulong>.Count];
        }

        return hashes;
    }

    /// <summary>Reads a fingerprint written by <see cref="ToBytes"/>.</summary>
    public static BodyFingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < SignatureBytes)
        {
            throw new FormatException($"a body fingerprint has at least {SignatureBytes} bytes, got {bytes.Length}");
        }

        var lowBits = new ushort[HashCount];
        for (var k = 0; k < HashCount; k++)
        {
            lowBits[k] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(k * sizeof(ushort))..]);
        }

        return new BodyFingerprint(lowBits, System.Text.Encoding.UTF8.GetString(bytes[SignatureBytes..]), []);
    }

    /// <summary>The signature and then the lead ending in UTF-8, for a doc-values field.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[SignatureBytes + System.Text.Encoding.UTF8.GetByteCount(Lead)];
        System.Text.Encoding.UTF8.GetBytes(Lead, bytes.AsSpan(SignatureBytes));
        for (var k = 0; k < HashCount; k++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(k * sizeof(ushort)), _lowBits[k]);
        }

        return bytes;
    }


    /// <summary>The estimated Jaccard similarity of the two bodies' shingle sets, 0 to 1.</summary>
    public double Similarity(BodyFingerprint other)
    {
        var equal = 0;
        for (var k = 0; k < HashCount; k++)
        {
            if (_lowBits[k] == other._lowBits[k])
            {
                equal++;
            }
        }

        return equal / (double)HashCount;
    }

    /// <summary>
    /// The last <see cref="LeadEndingLength"/> letters and digits of the body's first sentence (normalised). A Korean
    /// lead ends on the news itself (<c>구속영장이 청구됐다</c> / <c>기각됐다</c>): a follow-up story that repeats
    /// the background keeps most of the text but changes this ending; a republished copy keeps it.
    /// </summary>
    /// <param name="normalized">The body as <see cref="KoreanTextNormalizer.Normalize(string)"/> returns it (the signature is cut from the same text).</param>
    public static string LeadEnding(string normalized)
    {
        var end = FirstSentenceEnd(normalized);
        var letters = LettersAndDigits(normalized[..end]);
        return letters[Math.Max(0, letters.Length - LeadEndingLength)..];
    }

    /// <summary>Similarity of two <see cref="LeadEnding"/>s: the Dice coefficient of their character bigrams, 0 to 1.</summary>
    public static double LeadEndingSimilarity(string first, string second)
    {
        if (first.Length < 2 || second.Length < 2)
        {
            return first == second ? 1 : 0;
        }

        var bigrams = new List<string>(first.Length);
        for (var i = 0; i + 1 < first.Length; i++)
        {
            bigrams.Add(first.Substring(i, 2));
        }

        var shared = 0;
        for (var i = 0; i + 1 < second.Length; i++)
        {
            var at = bigrams.IndexOf(second.Substring(i, 2));
            if (at >= 0)
            {
                bigrams.RemoveAt(at);
                shared++;
            }
        }

        return 2.0 * shared / (first.Length - 1 + second.Length - 1);
    }

    /// <summary>Letters and digits compared at the end of the lead sentence.</summary>
    public const int LeadEndingLength = 12;

    // The first '.' closing a sentence: after 다/요 or before white space, past the first 20 characters (so that a
    // dateline such as "(서울=뉴스1)" or an initial "A." does not count); the whole text when there is none.
    private static int FirstSentenceEnd(string text)
    {
        for (var i = 20; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (text[i - 1] is '다' or '요' || i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>The normalised text reduced to letters and digits: what shingles are cut from.</summary>
    internal static string LettersAndDigits(string normalized)
    {
        // Plain loops rather than Enumerable.Count with a delegate: this runs over every body of every batch.
        var count = 0;
        foreach (var c in normalized)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return string.Create(count, normalized, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[at++] = c;
                }
            }
        });
    }

    private static ulong[] BandHashes(uint[] hashes)
    {
        var keys = new ulong[BandCount];
        for (var band = 0; band < BandCount; band++)
        {
            var key = (ulong)band;
            for (var row = 0; row < RowsPerBand; row++)
            {
                key = Mix((key * 0x9E3779B97F4A7C15UL) ^ hashes[(band * RowsPerBand) + row]);
            }

            keys[band] = key;
        }

        return keys;
    }

    private static string CompactBandKey(ulong hash, int band)
    {
        const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
        var value = ((ulong)band << 36) | (hash >> 28);
        return string.Create(7, value, static (chars, bits) =>
        {
            for (var i = chars.Length - 1; i >= 0; i--, bits >>= 6)
            {
                chars[i] = Digits[(int)(bits & 63)];
            }
        });
    }

    private static ulong ShingleHash(ReadOnlySpan<char> shingle)
    {
        var hash = 0xCBF29CE484222325UL; // FNV-1a, then mixed: cheap and well spread for five characters
        foreach (var c in shingle)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return Mix(hash);
    }

    // SplitMix64's finaliser: each seed XOR-ed in and mixed gives an independent-looking hash function per position.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    private static Vector512<ulong> Mix(Vector512<ulong> value)
    {
        value = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >>> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >>> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[HashCount];
        var state = 0x5EED_D0C5_2024_0607UL; // fixed: fingerprints must stay comparable across runs and versions
        for (var k = 0; k < HashCount; k++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[k] = Mix(state);
        }

        return seeds;
    }
}
