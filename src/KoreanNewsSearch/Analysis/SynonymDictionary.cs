namespace KoreanNewsSearch.Analysis;

/// <summary>
/// Groups of interchangeable search words, applied at query time: a query word that equals a member of a group also
/// finds the other members (<c>AI</c> finds <c>인공지능</c> and back). Members are compared after the analysis
/// normalisation (NFKC, lower case), so <c>ＡＩ</c> and <c>ai</c> are the same member.
/// </summary>
public sealed class SynonymDictionary
{
    private readonly Dictionary<string, List<string>> _alternatives = new(StringComparer.Ordinal);

    /// <summary>Creates a dictionary from groups of members.</summary>
    /// <param name="groups">Each group lists words that mean the same; a word may be in several groups.</param>
    public SynonymDictionary(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            var members = group.Select(KoreanTextNormalizer.Normalize).Select(m => m.Trim()).Where(m => m.Length > 0)
                .Distinct(StringComparer.Ordinal).ToList();
            GroupCount++;
            foreach (var member in members)
            {
                if (!_alternatives.TryGetValue(member, out var list))
                {
                    _alternatives[member] = list = [];
                }

                list.AddRange(members.Where(m => m != member && !list.Contains(m)));
            }
        }
    }

    /// <summary>A dictionary without groups.</summary>
    public static SynonymDictionary Empty { get; } = new([]);

    /// <summary>How many groups the dictionary holds.</summary>
    public int GroupCount { get; }

    /// <summary>
    /// Reads a synonym file: UTF-8 text, one group a line, members separated by commas (<c>AI, 인공지능</c>);
    /// blank lines and lines starting with <c>#</c> are ignored.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="FormatException">A line is not a group of at least two words; the message names file and line.</exception>
    public static SynonymDictionary Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses the text of a synonym file (see <see cref="Load"/>).</summary>
    /// <param name="text">The file content.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="FormatException">A line is not a group of at least two words; the message names file and line.</exception>
    public static SynonymDictionary Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<IReadOnlyList<string>>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var members = line.Split(',').Select(m => m.Trim()).ToList();
            if (members.Any(m => m.Length == 0))
            {
                throw new FormatException($"{sourceName}:{i + 1}: empty synonym (two commas in a row or a comma at an end): '{line}'");
            }

            if (members.Count < 2)
            {
                throw new FormatException($"{sourceName}:{i + 1}: a synonym group needs at least two words separated by commas: '{line}'");
            }

            groups.Add(members);
        }

        return new SynonymDictionary(groups);
    }

    /// <summary>The other members of the groups of a normalised word; empty when it is in no group.</summary>
    internal IReadOnlyList<string> AlternativesOf(string normalizedWord) =>
        _alternatives.TryGetValue(normalizedWord, out var list) ? list : [];
}
