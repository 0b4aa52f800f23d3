using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Typing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Suggesting;

/// <summary>
/// The completions of one index state: the headline words and word pairs of <see cref="NewsFields.TitleWords"/> with
/// their document counts, particles folded into their words, in three sorted arrays searched by binary search: by
/// text (ordinary prefixes), by 2-set keystrokes (a half-typed last syllable, <c>삼서</c> → 삼성; the wrong layout,
/// <c>tkatjd</c> → 삼성) and by initial consonants (초성, <c>ㅅㅅㅈㅈ</c> or <c>삼ㅅㅈㅈ</c> → 삼성전자).
/// </summary>
internal sealed class SuggestionDictionary
{
    /// <summary>Fewest headlines a word pair needs to be offered: a pair seen once is rarely a name.</summary>
    internal const int MinPairCount = 2;

    private readonly string[] _texts;
    private readonly int[] _counts;
    private readonly string[] _keys;
    private readonly int[] _byKeys;
    private readonly string[] _choseong;
    private readonly int[] _byChoseong;

    private SuggestionDictionary(Dictionary<string, int> counts)
    {
        _texts = [.. counts.Keys.Order(StringComparer.Ordinal)];
        _counts = [.. _texts.Select(t => counts[t])];
        _keys = [.. _texts.Select(KeyboardLayout.TypedKeys)];
        _byKeys = [.. Enumerable.Range(0, _texts.Length).OrderBy(i => _keys[i], StringComparer.Ordinal)];
        _choseong = [.. _texts.Select(HangulJamo.Choseong)];
        _byChoseong = [.. Enumerable.Range(0, _texts.Length).Where(i => _texts[i].Any(HangulJamo.IsSyllable)).OrderBy(i => _choseong[i], StringComparer.Ordinal)];
    }

    /// <summary>How many words and phrases can be suggested.</summary>
    public int Count => _texts.Length;

    /// <summary>Approximate managed memory of the arrays and strings, in bytes.</summary>
    public long ApproximateBytes =>
        _texts.Sum(StringBytes) + _keys.Sum(StringBytes) + _choseong.Sum(StringBytes)
        + ((long)_texts.Length * ((3 * IntPtr.Size) + sizeof(int))) + ((long)(_byKeys.Length + _byChoseong.Length) * sizeof(int));

    /// <summary>
    /// Builds the dictionary of a reader's headlines: from the indexed title words, or, for segments written before
    /// that field existed, from the stored titles (slower); <paramref name="fromStoredTitles"/> forces the latter.
    /// </summary>
    public static SuggestionDictionary Build(IndexReader reader, bool fromStoredTitles = false) =>
        new(FoldParticles(ReadTitleTerms(reader, fromStoredTitles)));

    /// <summary>The completions of words and pairs already counted and folded (<see cref="FoldParticles"/>).</summary>
    internal static SuggestionDictionary FromCounts(Dictionary<string, int> folded) => new(folded);

    /// <summary>The title words and word pairs of every segment with their document counts, particles still on.</summary>
    internal static Dictionary<string, int> ReadTitleTerms(IndexReader reader, bool fromStoredTitles)
    {
        var raw = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (!fromStoredTitles && segment.FieldInfos.FieldInfo(NewsFields.TitleWords) is not null)
            {
                AddIndexedTerms(segment, raw);
            }
            else
            {
                AddStoredTitles(segment, raw);
            }
        }

        return raw;
    }

    /// <summary>The best completions of <paramref name="prefix"/>, most headlines first; see the class summary for the matching.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit)
    {
        var typed = KoreanTextNormalizer.Normalize(prefix).TrimStart();
        if (typed.Length == 0)
        {
            return [];
        }

        // Tier 0: the text starts with what was typed; when that gives enough, no other kind can show.
        var prefixMatches = new Best(this, limit, []);
        foreach (var i in Range(_texts, null, typed))
        {
            prefixMatches.Offer(i);
        }

        if (prefixMatches.Count == limit)
        {
            return [.. prefixMatches.ToSuggestions()];
        }

        // Tier 1: what was typed is a keystroke prefix, the 초성 or the wrong-layout form of the text.
        var otherMatches = new Best(this, limit - prefixMatches.Count, prefixMatches.Entries);
        var hasHangul = typed.Any(c => HangulJamo.IsSyllable(c) || HangulJamo.IsJamo(c));
        var completed = hasHangul ? typed[..^1] : "";
        // Keys from the letters as typed when they are Latin: Shift+t (ㅆ) is lost in the lower-cased form.
        var keys = KeyboardLayout.TypedKeys(prefix.TrimStart() is var raw && raw.All(c => char.IsAsciiLetter(c) || c == ' ') ? raw : typed);
        foreach (var i in Range(_keys, _byKeys, keys))
        {
            if (_texts[i].StartsWith(completed, StringComparison.Ordinal))
            {
                otherMatches.Offer(i);
            }
        }

        if (typed.Any(HangulJamo.IsConsonant))
        {
            foreach (var i in Range(_choseong, _byChoseong, HangulJamo.Choseong(typed)))
            {
                if (SyllablesMatch(typed, _texts[i]))
                {
                    otherMatches.Offer(i);
                }
            }
        }

        if (typed.Any(HangulJamo.IsJamo) && KeyboardLayout.HangulToLatin(typed) is { } latin)
        {
            foreach (var i in Range(_texts, null, latin.ToLowerInvariant()))
            {
                otherMatches.Offer(i);
            }
        }

        return [.. prefixMatches.ToSuggestions(), .. otherMatches.ToSuggestions()];
    }

    /// <summary>Words with particles folded into their stems, and word pairs seen in at least <see cref="MinPairCount"/> headlines.</summary>
    internal static Dictionary<string, int> FoldParticles(Dictionary<string, int> raw)
    {
        int CountOf(string word) => raw.GetValueOrDefault(word);
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var folded = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, count) in raw)
        {
            if (!term.Contains(' ', StringComparison.Ordinal))
            {
                var stem = TitleWords.Stem(term, CountOf);
                stems[term] = stem;
                folded[stem] = folded.GetValueOrDefault(stem) + count;
            }
        }

        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, count) in raw)
        {
            var space = term.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            // "삼성전자는 노태문" is no name: a pair whose first word carries a particle is left out.
            var first = term[..space];
            if (stems.GetValueOrDefault(first, first) != first)
            {
                continue;
            }

            var second = term[(space + 1)..];
            var pair = first + " " + stems.GetValueOrDefault(second, second);
            pairs[pair] = pairs.GetValueOrDefault(pair) + count;
        }

        foreach (var (pair, count) in pairs)
        {
            if (count >= MinPairCount)
            {
                folded[pair] = count;
            }
        }

        return folded;
    }

    private static void AddIndexedTerms(AtomicReader segment, Dictionary<string, int> raw)
    {
        var terms = segment.GetTerms(NewsFields.TitleWords);
        if (terms is null)
        {
            return;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var text = termsEnum.Term.Utf8ToString();
            raw[text] = raw.GetValueOrDefault(text) + termsEnum.DocFreq;
        }
    }

    private static void AddStoredTitles(AtomicReader segment, Dictionary<string, int> raw)
    {
        var live = segment.LiveDocs;
        var fields = new HashSet<string>(StringComparer.Ordinal) { NewsFields.Stored };
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            var title = NewsDocumentMapper.FromDocument(segment.Document(doc, fields)).Title;
            foreach (var term in TitleWords.Terms(title))
            {
                raw[term] = raw.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>The entries whose key starts with <paramref name="prefix"/>: indices into the entries, via <paramref name="order"/> when the keys are sorted through it.</summary>
    private static IEnumerable<int> Range(string[] keys, int[]? order, string prefix)
    {
        var count = order?.Length ?? keys.Length;
        string KeyAt(int position) => keys[order is null ? position : order[position]];
        int low = 0, high = count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(KeyAt(middle), prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var position = low; position < count && KeyAt(position).StartsWith(prefix, StringComparison.Ordinal); position++)
        {
            yield return order is null ? position : order[position];
        }
    }

    /// <summary>Whether the syllables typed in a 초성 prefix are the text's (the last one may be half-typed); the consonants matched through the 초성 key.</summary>
    private static bool SyllablesMatch(string typed, string text)
    {
        for (var i = 0; i < typed.Length; i++)
        {
            if (!HangulJamo.IsSyllable(typed[i]) || typed[i] == text[i])
            {
                continue;
            }

            var lastHalfTyped = i == typed.Length - 1
                && HangulJamo.Keystrokes(text[i].ToString()).StartsWith(HangulJamo.Keystrokes(typed[i].ToString()), StringComparison.Ordinal);
            if (!lastHalfTyped)
            {
                return false;
            }
        }

        return true;
    }

    private static long StringBytes(string text) => 22 + (2L * text.Length);

    /// <summary>The best few entries offered so far, most headlines first (ties in text order), each entry once.</summary>
    private sealed class Best(SuggestionDictionary dictionary, int capacity, IReadOnlyList<int> excluded)
    {
        private readonly List<int> _entries = new(capacity);

        public int Count => _entries.Count;

        public IReadOnlyList<int> Entries => _entries;

        public void Offer(int entry)
        {
            if (_entries.Count == capacity && !Before(entry, _entries[^1]))
            {
                return;
            }

            if (_entries.Contains(entry) || excluded.Contains(entry))
            {
                return;
            }

            var position = _entries.Count;
            while (position > 0 && Before(entry, _entries[position - 1]))
            {
                position--;
            }

            _entries.Insert(position, entry);
            if (_entries.Count > capacity)
            {
                _entries.RemoveAt(capacity);
            }
        }

        public IEnumerable<Suggestion> ToSuggestions() =>
            _entries.Select(i => new Suggestion(dictionary._texts[i], dictionary._counts[i]));

        private bool Before(int entry, int other) =>
            dictionary._counts[entry] != dictionary._counts[other]
                ? dictionary._counts[entry] > dictionary._counts[other]
                : string.CompareOrdinal(dictionary._texts[entry], dictionary._texts[other]) < 0;
    }
}
