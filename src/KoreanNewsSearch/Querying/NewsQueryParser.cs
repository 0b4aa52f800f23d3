using System.Globalization;
using System.Text;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// Recursive-descent parser of the query syntax (README.md, "Searching: query syntax"):
/// <code>
/// query   := or EOF
/// or      := and ( "OR" and )*
/// and     := unary+                      (implicit AND; an upper-case "AND" is accepted and ignored)
/// unary   := "-" primary | primary
/// primary := "(" or ")" | FIELD ":" value | "\"" phrase "\"" | word
/// </code>
/// Errors throw <see cref="QuerySyntaxException"/> with the column.
/// </summary>
internal sealed class NewsQueryParser
{
    /// <summary>Longest accepted query, in characters.</summary>
    public const int MaxLength = 1000;

    private const int MaxDepth = 32;

    // Each repair removes or closes one thing; a query needing more than this many is not a slip of the keyboard.
    private const int MaxRepairs = 8;
    private const string DateField = "date";

    private static readonly Dictionary<string, string> TextFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = NewsFields.Title,
        ["body"] = NewsFields.Body,
    };

    private static readonly Dictionary<string, string> KeywordFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reporter"] = NewsFields.Reporter,
        ["source"] = NewsFields.Source,
        ["section"] = NewsFields.Section,
    };

    private readonly List<Token> _tokens;
    private int _position;
    private int _depth;

    private NewsQueryParser(List<Token> tokens) => _tokens = tokens;

    /// <summary>Parses query text.</summary>
    /// <exception cref="QuerySyntaxException">The text is malformed; <see cref="QuerySyntaxException.Repaired"/> offers the likely intent.</exception>
    public static QueryNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ParseStrict(text);
        }
        catch (QuerySyntaxException error) when (Repair(text, error) is { } repaired)
        {
            throw error.WithRepaired(repaired);
        }
    }

    /// <summary>
    /// The query with its problems repaired one at a time, each repair the smallest edit at the place the parser
    /// points to; null when a problem has no such repair or nothing searchable is left.
    /// </summary>
    private static string? Repair(string text, QuerySyntaxException error)
    {
        for (var step = 0; step < MaxRepairs; step++)
        {
            if (RepairOne(text, error) is not { } next || string.IsNullOrWhiteSpace(next))
            {
                return null;
            }

            try
            {
                ParseStrict(next);
                return next;
            }
            catch (QuerySyntaxException further)
            {
                (text, error) = (next, further);
            }
        }

        return null;
    }

    private static string? RepairOne(string text, QuerySyntaxException error)
    {
        var at = (error.Column ?? 0) - 1;
        bool HasAt(string expected) => at >= 0 && string.CompareOrdinal(text, at, expected, 0, expected.Length) == 0;
        return error.Problem switch
        {
            QuerySyntaxProblem.UnclosedQuote => text + "\"",
            QuerySyntaxProblem.UnclosedParenthesis => text.TrimEnd() + ")",
            QuerySyntaxProblem.UnmatchedParenthesis when HasAt(")") => Cut(text, at, 1),
            QuerySyntaxProblem.DetachedMinus when HasAt("-") => Cut(text, at, 1),
            QuerySyntaxProblem.OrWithoutOperand when HasAt("OR") => Cut(text, at, 2),
            QuerySyntaxProblem.EmptyParentheses when HasAt("(") && text.IndexOf(')', at) is var close and > 0 => Cut(text, at, close - at + 1),
            QuerySyntaxProblem.FieldWithoutValue when at >= 0 && text.IndexOf(':', at) is var colon and > 0 => AttachFieldValue(text, at, colon),
            _ => null,
        };
    }

    // "title: 갤럭시" meant title:갤럭시; a prefix with nothing after it ("삼성 title:") is dropped.
    private static string AttachFieldValue(string text, int fieldStart, int colon)
    {
        var value = colon + 1;
        while (value < text.Length && char.IsWhiteSpace(text[value]))
        {
            value++;
        }

        return value > colon + 1 && value < text.Length && text[value] is not ('-' or ')')
            ? text.Remove(colon + 1, value - colon - 1)
            : Cut(text, fieldStart, colon - fieldStart + 1);
    }

    // Removes a stretch and the space it leaves doubled or hanging at either end: "삼성 - 전자" becomes "삼성 전자".
    private static string Cut(string text, int start, int length)
    {
        var cut = text.Remove(start, length);
        var before = start > 0 && char.IsWhiteSpace(cut[start - 1]);
        var after = start < cut.Length && char.IsWhiteSpace(cut[start]);
        return (before && after ? cut.Remove(start, 1) : cut).Trim();
    }

    private static QueryNode ParseStrict(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.TooLong, $"query is too long: {text.Length:N0} characters, at most {MaxLength:N0} allowed");
        }

        var tokens = Tokenize(text);
        if (tokens.Count == 0)
        {
            return MatchAllNode.Instance;
        }

        var parser = new NewsQueryParser(tokens);
        var root = parser.ParseOr(field: null);
        if (parser.Peek() is { } extra)
        {
            throw extra.Kind == TokenKind.RightParen
                ? new QuerySyntaxException(QuerySyntaxProblem.UnmatchedParenthesis, "')' has no matching '('", extra.Column)
                : new QuerySyntaxException($"unexpected '{extra.Text}'", extra.Column);
        }

        return root;
    }

    private QueryNode ParseOr(string? field)
    {
        var alternatives = new List<QueryNode> { ParseAnd(field) };
        while (Peek() is { Kind: TokenKind.Or } or)
        {
            _position++;
            if (Peek() is null or { Kind: TokenKind.Or or TokenKind.RightParen })
            {
                throw new QuerySyntaxException(QuerySyntaxProblem.OrWithoutOperand, "OR needs a word, phrase or group after it", or.Column);
            }

            alternatives.Add(ParseAnd(field));
        }

        return alternatives.Count == 1 ? alternatives[0] : new OrNode(alternatives);
    }

    private QueryNode ParseAnd(string? field)
    {
        var parts = new List<QueryNode>();
        while (Peek() is { Kind: not (TokenKind.Or or TokenKind.RightParen) })
        {
            parts.Add(ParseUnary(field));
        }

        if (parts.Count == 0)
        {
            var next = Peek();
            throw next is { Kind: TokenKind.Or }
                ? new QuerySyntaxException(QuerySyntaxProblem.OrWithoutOperand, "OR needs a word, phrase or group before it", next.Column)
                : new QuerySyntaxException(QuerySyntaxProblem.UnmatchedParenthesis, "')' has no matching '('", next?.Column ?? 1);
        }

        return parts.Count == 1 ? parts[0] : new AndNode(parts);
    }

    private QueryNode ParseUnary(string? field)
    {
        var token = _tokens[_position];
        if (token.Kind != TokenKind.Minus)
        {
            return ParsePrimary(field);
        }

        _position++;
        if (Peek() is not { Kind: TokenKind.Word or TokenKind.Phrase or TokenKind.LeftParen or TokenKind.Field } next
            || next.Column != token.Column + 1)
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.DetachedMinus, "'-' must be followed directly by the word, phrase or group to exclude, e.g. -광고", token.Column);
        }

        return new NotNode(ParsePrimary(field));
    }

    private QueryNode ParsePrimary(string? field)
    {
        var token = _tokens[_position++];
        switch (token.Kind)
        {
            case TokenKind.LeftParen:
                return ParseGroup(token, field);
            case TokenKind.Field:
                return ParseFieldValue(token, field);
            case TokenKind.Word:
            case TokenKind.Phrase:
                return field is not null && KeywordFields.ContainsValue(field)
                    ? new KeywordNode(field, token.Text)
                    : new TextNode(field, token.Text, token.Kind == TokenKind.Phrase);
            default:
                throw new QuerySyntaxException($"unexpected '{token.Text}'", token.Column);
        }
    }

    private QueryNode ParseGroup(Token open, string? field)
    {
        if (Peek() is { Kind: TokenKind.RightParen })
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.EmptyParentheses, "empty parentheses", open.Column);
        }

        if (Peek() is null)
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.UnclosedParenthesis, "'(' is never closed", open.Column);
        }

        if (++_depth > MaxDepth)
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.NestedTooDeep, $"parentheses nested more than {MaxDepth} deep", open.Column);
        }

        var inner = ParseOr(field);
        _depth--;
        if (Peek() is not { Kind: TokenKind.RightParen })
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.UnclosedParenthesis, "'(' is never closed", open.Column);
        }

        _position++;
        return inner;
    }

    private QueryNode ParseFieldValue(Token fieldToken, string? outerField)
    {
        var name = fieldToken.Text;
        if (outerField is not null)
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.FieldInsideField, $"'{name}:' cannot be used inside another field's value", fieldToken.Column);
        }

        var value = Peek();
        var adjacent = value is not null && value.Column == fieldToken.Column + name.Length + 1;
        if (!adjacent || value!.Kind is not (TokenKind.Word or TokenKind.Phrase or TokenKind.LeftParen))
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.FieldWithoutValue, $"'{name}:' needs a value right after the colon, e.g. {name}:{Example(name)}", fieldToken.Column);
        }

        if (name.Equals(DateField, StringComparison.OrdinalIgnoreCase))
        {
            if (value.Kind != TokenKind.Word)
            {
                throw new QuerySyntaxException(QuerySyntaxProblem.InvalidDate, $"'{name}:' takes a range such as 2024-06-01..2024-06-30", value.Column);
            }

            _position++;
            return ParseDateRange(value);
        }

        var field = TextFields.TryGetValue(name, out var text) ? text : KeywordFields[name];
        return ParsePrimary(field);
    }

    private static DateRangeNode ParseDateRange(Token value)
    {
        var separator = value.Text.IndexOf("..", StringComparison.Ordinal);
        var (fromText, toText) = separator < 0
            ? (value.Text, value.Text)
            : (value.Text[..separator], value.Text[(separator + 2)..]);
        var from = ParseDay(fromText, value);
        var to = ParseDay(toText, value);
        if (from is null && to is null)
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.InvalidDate, "date range needs at least one end, e.g. date:2024-06-01..", value.Column);
        }

        if (from > to)
        {
            throw new QuerySyntaxException(QuerySyntaxProblem.InvalidDate, $"date range '{value.Text}' starts after it ends", value.Column);
        }

        return new DateRangeNode(from, to);
    }

    private static DateOnly? ParseDay(string text, Token value)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new QuerySyntaxException(QuerySyntaxProblem.InvalidDate, $"'{text}' is not a date: expected YYYY-MM-DD, e.g. date:2024-06-01..2024-06-30", value.Column);
    }

    private static string Example(string field) => field.ToLowerInvariant() switch
    {
        "date" => "2024-06-01..2024-06-30",
        "reporter" => "홍윤기",
        "source" => "한국금융신문",
        "section" => "경제",
        _ => "삼성전자",
    };

    private Token? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var column = i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new Token(TokenKind.LeftParen, "(", column));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new Token(TokenKind.RightParen, ")", column));
                i++;
            }
            else if (c == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new QuerySyntaxException(QuerySyntaxProblem.UnclosedQuote, "quote '\"' is never closed", column);
                }

                tokens.Add(new Token(TokenKind.Phrase, text[(i + 1)..close], column));
                i = close + 1;
            }
            else if (c == '-' && AtTokenStart(text, i))
            {
                tokens.Add(new Token(TokenKind.Minus, "-", column));
                i++;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or ')' or '"'))
                {
                    end++;
                }

                AddWord(tokens, text[i..end], column);
                i = end;
            }
        }

        return tokens;
    }

    // A minus excludes only at the start of a term: "COVID-19" and "K-팝" stay words. Right after a closing quote or
    // parenthesis it starts one too: "삼성 전자"-광고 excludes 광고 (it was the word "-광고", printed back as an exclusion).
    private static bool AtTokenStart(string text, int index) =>
        index == 0 || char.IsWhiteSpace(text[index - 1]) || text[index - 1] is '(' or ')' or '"' or '-';

    private static void AddWord(List<Token> tokens, string word, int column)
    {
        if (word == "OR")
        {
            tokens.Add(new Token(TokenKind.Or, word, column));
            return;
        }

        if (word == "AND")
        {
            return;
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && IsFieldName(word[..colon]))
        {
            tokens.Add(new Token(TokenKind.Field, word[..colon], column));
            if (colon + 1 < word.Length)
            {
                tokens.Add(new Token(TokenKind.Word, word[(colon + 1)..], column + colon + 1));
            }

            return;
        }

        tokens.Add(new Token(TokenKind.Word, word, column));
    }

    private static bool IsFieldName(string name) =>
        TextFields.ContainsKey(name) || KeywordFields.ContainsKey(name) || name.Equals(DateField, StringComparison.OrdinalIgnoreCase);

    private enum TokenKind
    {
        Word,
        Phrase,
        Field,
        Or,
        Minus,
        LeftParen,
        RightParen,
    }

    private sealed record Token(TokenKind Kind, string Text, int Column);
}
