using System.Text;

namespace KoreanNewsSearch.Analysis;

/// <summary>
/// Finds where a fixed list of queries occurs in texts, exactly as
/// <see cref="TextFieldLayout.FindMatches(string, IReadOnlyList{string}, SynonymDictionary?)"/> defines it: the
/// query variants are analysed once, and each text is normalised and scanned once for the terms of both field modes,
/// keeping only the tokens that can take part in a match.
/// </summary>
/// <remarks>
/// <para>Snippets mark the same queries in every hit of a page, and a body has about a thousand terms of which a
/// handful matter: a list of all of them (one string each) grouped by position was a fifth of search time.</para>
/// <para>A query variant matches where its terms stand at consecutive positions, so a match uses consecutive
/// recorded tokens only; no lookup by position is needed. Immutable, so one instance may serve several threads.</para>
/// </remarks>
internal sealed class QueryMatcher
{
    [ThreadStatic]
    private static Scanning? s_scanningOfThisThread;

    private readonly Pattern[][] _patternsByQuery;

    // The strings that can take part in a match, one role each so that a token is recorded only for what a pattern
    // asks of it: a whole bigram-field term, the last or first syllable of a two-syllable term (the open ends of a
    // phrase), a single character of the unigram field.
    private readonly Role _terms = new();
    private readonly Role _lastSyllables = new();
    private readonly Role _firstSyllables = new();
    private readonly Role _characters = new();

    /// <summary>Analyses the variants of <paramref name="queries"/> (hanja readings and <paramref name="synonyms"/>) once for all texts.</summary>
    public QueryMatcher(IReadOnlyList<string> queries, SynonymDictionary? synonyms)
    {
        _patternsByQuery = [.. queries.Select(query => TextFieldLayout.QueryVariants(query, synonyms).Select(v => ToPattern(v.Tokens, v.IsExpansion)).ToArray())];
    }

    /// <summary>One span list per query, in the order given: see <see cref="TextFieldLayout.FindMatches(string, string, SynonymDictionary?)"/>.</summary>
    public IReadOnlyList<IReadOnlyList<TextSpan>> FindMatches(string text)
    {
        var found = _patternsByQuery.Any(patterns => patterns.Length > 0) ? Scan(text) : new Found([], []);
        var results = new List<IReadOnlyList<TextSpan>>(_patternsByQuery.Length);
        foreach (var patterns in _patternsByQuery)
        {
            var spans = new List<TextSpan>();
            foreach (var pattern in patterns)
            {
                if (pattern.IsCharacter)
                {
                    spans.AddRange(found.Characters.Where(c => c.CharacterId == pattern.TermIds[0]).Select(c => c.Span));
                }
                else
                {
                    AddPhraseMatches(pattern, found.Terms, spans);
                }
            }

            results.Add(Merge(spans));
        }

        return results;
    }

    private static void AddPhraseMatches(Pattern pattern, List<TermHit> hits, List<TextSpan> spans)
    {
        var length = pattern.TermIds.Length;
        for (var first = 0; first + length <= hits.Count; first++)
        {
            var start = int.MaxValue;
            var end = int.MinValue;
            var i = 0;
            for (; i < length; i++)
            {
                var hit = hits[first + i];
                if (hit.Position != hits[first].Position + i || !pattern.Accepts(i, hit))
                {
                    break;
                }

                start = Math.Min(start, hit.Span.Start);
                end = Math.Max(end, hit.Span.End);
            }

            if (i == length)
            {
                spans.Add(new TextSpan(start, end));
            }
        }
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>
    /// Splits a term into its two runes as <see cref="string.EnumerateRunes"/> counts them; false for any other
    /// number of runes.
    /// </summary>
    private static bool TrySplitTwoRunes(ReadOnlySpan<char> term, out ReadOnlySpan<char> first, out ReadOnlySpan<char> second)
    {
        first = second = default;
        _ = Rune.DecodeFromUtf16(term, out _, out var firstLength);
        if (firstLength == 0 || firstLength == term.Length)
        {
            return false;
        }

        _ = Rune.DecodeFromUtf16(term[firstLength..], out _, out var secondLength);
        if (firstLength + secondLength != term.Length)
        {
            return false;
        }

        first = term[..firstLength];
        second = term[firstLength..];
        return true;
    }

    /// <remarks>
    /// Mirrors <see cref="TextFieldLayout.BuildQuery(string, string, SynonymDictionary?)"/>: a one-character query
    /// the user typed matches every such character (the unigram field), an expansion or longer query its terms at
    /// consecutive positions, where a one-syllable word at the start may be the end of a two-syllable term and one at
    /// the end its start (<c>9000억</c> in <c>9000억원</c>).
    /// </remarks>
    private Pattern ToPattern(IReadOnlyList<AnalyzedToken> tokens, bool isExpansion)
    {
        if (TextFieldLayout.IsSingleCharacter(tokens) && !isExpansion)
        {
            return new Pattern([_characters.Add(tokens[0].Term)], Pattern.None, Pattern.None, IsCharacter: true);
        }

        return new Pattern(
            [.. tokens.Select(t => _terms.Add(t.Term))],
            TextFieldLayout.IsOpenEnd(tokens, 0, isExpansion) ? _lastSyllables.Add(tokens[0].Term) : Pattern.None,
            TextFieldLayout.IsOpenEnd(tokens, tokens.Count - 1, isExpansion) ? _firstSyllables.Add(tokens[^1].Term) : Pattern.None,
            IsCharacter: false);
    }

    /// <summary>The tokens of <paramref name="text"/> that some pattern may use, in text order.</summary>
    private Found Scan(string text)
    {
        var scanning = s_scanningOfThisThread ??= new Scanning();
        var wantsTerms = !_terms.IsEmpty;
        var wantsCharacters = !_characters.IsEmpty;
        var found = new Found([], []);

        using var filter = new NormalizingCharFilter(text);
        var length = ScriptRunScanner.ReadAll(filter, ref scanning.Normalized);
        var normalized = scanning.Normalized.AsSpan(0, length);
        var runs = scanning.Runs;
        runs.Reset(scanning.Normalized, length);
        var position = -1;
        while (runs.NextRun())
        {
            var count = wantsTerms ? runs.TokenCount(TokenizerMode.Bigrams) : 0;
            for (var k = 0; k < count; k++)
            {
                position++;
                var (start, end) = runs.Token(k, TokenizerMode.Bigrams);
                var term = normalized[start..end];
                var termId = _terms.Find(term);
                var (lastSyllableId, firstSyllableId) = (Pattern.None, Pattern.None);
                if (runs.Kind != ScriptKind.Word && TrySplitTwoRunes(term, out var firstRune, out var lastRune))
                {
                    lastSyllableId = _lastSyllables.Find(lastRune);
                    firstSyllableId = _firstSyllables.Find(firstRune);
                }

                if (termId != Pattern.None || lastSyllableId != Pattern.None || firstSyllableId != Pattern.None)
                {
                    found.Terms.Add(new TermHit(position, new TextSpan(filter.CorrectOffset(start), filter.CorrectOffset(end)), termId, lastSyllableId, firstSyllableId));
                }
            }

            count = wantsCharacters ? runs.TokenCount(TokenizerMode.Unigrams) : 0;
            for (var k = 0; k < count; k++)
            {
                var (start, end) = runs.Token(k, TokenizerMode.Unigrams);
                if (_characters.Find(normalized[start..end]) is var characterId and not Pattern.None)
                {
                    found.Characters.Add(new CharacterHit(new TextSpan(filter.CorrectOffset(start), filter.CorrectOffset(end)), characterId));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// One query variant: the term id at each position, the syllable id its open first and last word may also be
    /// found as (<see cref="None"/> when that end is closed), and whether it is a lone character of the unigram field
    /// (then <see cref="TermIds"/> holds its character id).
    /// </summary>
    private sealed record Pattern(int[] TermIds, int LastSyllableOfFirst, int FirstSyllableOfLast, bool IsCharacter)
    {
        /// <summary>No id: the string is not wanted in that role.</summary>
        public const int None = -1;

        /// <summary>Whether the recorded token <paramref name="hit"/> matches the pattern's term <paramref name="index"/>.</summary>
        public bool Accepts(int index, TermHit hit) =>
            hit.TermId == TermIds[index]
            || (index == 0 && LastSyllableOfFirst != None && hit.LastSyllableId == LastSyllableOfFirst)
            || (index == TermIds.Length - 1 && FirstSyllableOfLast != None && hit.FirstSyllableId == FirstSyllableOfLast);
    }

    /// <summary>A recorded bigram-field token: its position, offsets into the original text and ids per role (or <see cref="Pattern.None"/>).</summary>
    private readonly record struct TermHit(int Position, TextSpan Span, int TermId, int LastSyllableId, int FirstSyllableId);

    /// <summary>A recorded unigram-field token: its offsets into the original text and character id.</summary>
    private readonly record struct CharacterHit(TextSpan Span, int CharacterId);

    /// <summary>The recorded tokens of one text, each list in text order.</summary>
    private sealed record Found(List<TermHit> Terms, List<CharacterHit> Characters);

    /// <summary>Strings wanted in one role, each with an id, found by spans of the scanned text without allocating.</summary>
    private sealed class Role
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

        // A 256-bit hash of the first chars of the strings: a body has about a thousand terms and few start with a
        // char any query term starts with, so most skip hashing the whole term for the dictionary.
        private readonly ulong[] _firstChars = new ulong[4];

        /// <summary>Creates an empty role.</summary>
        public Role() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>True when no pattern wants anything in this role.</summary>
        public bool IsEmpty => _ids.Count == 0;

        /// <summary>The id of <paramref name="value"/> (not empty), added when new.</summary>
        public int Add(string value)
        {
            if (!_ids.TryGetValue(value, out var id))
            {
                id = _ids.Count;
                _ids.Add(value, id);
                _firstChars[(byte)value[0] >> 6] |= 1UL << (value[0] & 63);
            }

            return id;
        }

        /// <summary>The id of <paramref name="value"/> (not empty), or <see cref="Pattern.None"/> when it is not wanted.</summary>
        public int Find(ReadOnlySpan<char> value) =>
            (_firstChars[(byte)value[0] >> 6] & (1UL << (value[0] & 63))) != 0 && _bySpan.TryGetValue(value, out var id) ? id : Pattern.None;
    }

    /// <summary>A thread's scanner and normalised-text buffer, reused from text to text.</summary>
    private sealed class Scanning
    {
        /// <summary>Scans <see cref="Normalized"/>.</summary>
        public ScriptRunScanner Runs { get; } = new();

        /// <summary>The normalised text being scanned (grown as needed).</summary>
        public char[] Normalized = new char[4096];
    }
}
