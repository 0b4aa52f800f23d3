using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>An article body sorted line by line: paragraphs, captions, and signature lines for the byline parser.</summary>
/// <param name="Paragraphs">Body paragraphs in page order.</param>
/// <param name="Captions">Photo captions and credits: caption elements, <c>▲</c> lines, <c>(사진=연합뉴스)</c>.</param>
/// <param name="Signatures">Reporter signatures and credits removed from the body (<c>YTN 나혜인 (…@ytn.co.kr)</c>).</param>
/// <param name="SignOffNames">Names from broadcast sign-offs such as <c>MBC뉴스 구민지입니다.</c>.</param>
internal sealed record CleanBody(
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> Signatures,
    IReadOnlyList<string> SignOffNames);

/// <summary>
/// Sorts the lines of an article container: copyright notices and tip-line adverts are dropped, signatures and credits
/// are set aside for the byline, captions go to captions, and the rest is the body.
/// </summary>
internal static partial class HtmlBodyCleaner
{
    // Notices are short; a long paragraph that mentions copyright is text about copyright.
    private const int MaxNoticeLength = 120;
    private const int MaxSignatureLength = 60;
    private const int MaxTrailerLines = 8;

    [GeneratedRegex(@"무단\s*전재|재배포\s*금지|무단\s*복제|저작권자|저작권은|copyright|all rights reserved|ⓒ|©", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightPattern();

    // "※ '당신의 제보가 뉴스가 됩니다'", "[카카오톡] YTN 검색해 채널 추가", "▷ 전화 02-784-4000 ▷ 이메일 …".
    [GeneratedRegex(@"제보가\s*뉴스가|제보를\s*기다립니다|^\s*[※▷☞▶■●]?\s*\[?(?:카카오톡|전화|이메일|메일|홈페이지|제보)\]?\s*[:：]?\s*[\w@\[(]|@\w*제보")]
    private static partial Regex TipLinePattern();

    // "( 취재 : 박재현, 구성 : 김도균, 편집 : 정용희 )", "[영상취재 : 홍길동]".
    [GeneratedRegex(@"^[(\[]?\s*(?:취재|구성|편집|영상\s*취재|영상\s*편집|촬영|그래픽|제작|기획|연출|글|취재기자)\s*[:：]")]
    private static partial Regex CreditPattern();

    // "MBC뉴스 구민지입니다." — the anchor or reporter's closing line in broadcast scripts.
    [GeneratedRegex(@"^(?:[A-Za-z]{2,5}\s*)?뉴스\s*(?<name>[가-힣]{2,4})입니다\.?$")]
    private static partial Regex SignOffPattern();

    // "백아영 / 화면캡처 유튜브", "박노준 / 사진출처 송중기 인스타그램" (iMBC entertainment).
    [GeneratedRegex(@"^(?<name>[가-힣]{2,4})\s*/\s*(?:사진|화면|영상|자료|그래픽)")]
    private static partial Regex NameSlashCreditPattern();

    // A trailing "(SBS연예뉴스 강선애 기자)" or "[YTN 홍길동 기자]".
    [GeneratedRegex(@"[(\[](?<byline>[^()\[\]]{2,40}(?:기자|특파원|에디터|리포터))\s*[)\]]\s*$")]
    private static partial Regex TrailingBylinePattern();

    // "(서울=연합뉴스) 홍길동 기자 = " opening the first paragraph of wire copy.
    [GeneratedRegex(@"^[\[(（【][^\])）】]{1,20}=[^\])）】]{1,20}[\])）】]\s*(?:[가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4})*\s*(?:기자|특파원)\s*=?)?\s*")]
    private static partial Regex DatelinePattern();

    // A line that is one bracketed name: "[CBS 김현정의 뉴스쇼]", "<OO일보>".
    [GeneratedRegex(@"^(?:\[[^\[\]]{2,40}\]|<[^<>]{2,40}>|〈[^〈〉]{2,40}〉)$")]
    private static partial Regex BracketedCreditPattern();

    // "◀ 앵커 ▶", "◀ 리포트 ▶", "◁ 인터뷰 ▷": who speaks next in a broadcast script, not a sentence of it.
    [GeneratedRegex(@"^[◀◁]\s*[가-힣A-Za-z]{1,8}(?:\s[가-힣A-Za-z]{1,8})?\s*[▶▷]$")]
    private static partial Regex RoleMarkerPattern();

    // "(사진=연합뉴스)", "(화면 출처 : 연합뉴스)", "사진=백승철 기자".
    [GeneratedRegex(@"^[(\[]?\s*(?:사진|화면|영상|자료|그래픽|이미지|일러스트)\s*(?:제공|출처|캡처|캡쳐)?\s*[=:：]")]
    private static partial Regex PhotoCreditPattern();

    /// <summary>Sorts the lines of an article container.</summary>
    /// <param name="text">The container's text.</param>
    /// <returns>The sorted lines.</returns>
    public static CleanBody Clean(HtmlBodyText text)
    {
        var paragraphs = new List<string>();
        var captions = new List<string>(text.Captions);
        var signatures = new List<string>();
        var signOffNames = new List<string>();
        foreach (var rawLine in text.Lines.Take(TrailerStart(text.Lines)))
        {
            if (IsRoleMarker(rawLine))
            {
                continue;
            }

            var line = rawLine;
            if (paragraphs.Count == 0 && DatelinePattern().Match(line) is { Success: true, Length: > 0 } dateline && dateline.Length < line.Length)
            {
                signatures.Add(dateline.Value.Trim());
                line = line[dateline.Length..];
            }

            var trailing = TrailingBylinePattern().Match(line);
            if (trailing.Success && line.Length <= MaxSignatureLength)
            {
                signatures.Add(trailing.Groups["byline"].Value);
                line = line[..trailing.Index].Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }

            switch (Classify(line))
            {
                case LineKind.Notice:
                    break;
                case LineKind.Caption:
                    captions.Add(line);
                    break;
                case LineKind.Signature:
                    signatures.Add(line);
                    if (TryReadSignOff(line, out var signOffName))
                    {
                        signOffNames.Add(signOffName);
                    }
                    else if (NameSlashCreditPattern().Match(line) is { Success: true } credit)
                    {
                        signOffNames.Add(credit.Groups["name"].Value);
                    }

                    break;
                default:
                    paragraphs.Add(line);
                    break;
            }
        }

        DropTrailers(paragraphs, text.LinkOnlyLines, signatures);
        return new CleanBody(paragraphs, captions.Distinct(StringComparer.Ordinal).ToList(), signatures, signOffNames);
    }

    /// <summary>
    /// Drops what closes a body without being part of the article: lines that are nothing but a link (related articles,
    /// promotions such as "최신 유행 트렌드 총집결 #흥(클릭!)") and a bracketed programme or press credit
    /// ("[CBS 김현정의 뉴스쇼]"), which goes to the signatures.
    /// </summary>
    private static void DropTrailers(List<string> paragraphs, IReadOnlySet<string> linkOnlyLines, List<string> signatures)
    {
        while (paragraphs.Count > 1)
        {
            var last = paragraphs[^1];
            if (linkOnlyLines.Contains(last))
            {
                paragraphs.RemoveAt(paragraphs.Count - 1);
            }
            else if (last.Length <= MaxSignatureLength && BracketedCreditPattern().IsMatch(last))
            {
                signatures.Add(last);
                paragraphs.RemoveAt(paragraphs.Count - 1);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// Where the closing furniture starts: a copyright or tip-line notice followed only by a few short lines (the rest
    /// of a notice broken over several lines, a programme name, contact lines).
    /// </summary>
    private static int TrailerStart(IReadOnlyList<string> lines)
    {
        var firstCandidate = Math.Max(1, lines.Count - MaxTrailerLines);
        for (var i = firstCandidate; i < lines.Count; i++)
        {
            if (Classify(lines[i]) == LineKind.Notice && lines.Skip(i + 1).All(l => l.Length <= MaxSignatureLength))
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>
    /// A short copyright or tip-line notice (<c>인터뷰 자료의 저작권은 … 있습니다.</c>, <c>… 제보를 기다립니다.</c>): page
    /// furniture when nothing of the article follows it, which the caller decides.
    /// </summary>
    /// <param name="line">A cleaned line.</param>
    /// <returns>Whether the line reads as a notice.</returns>
    internal static bool IsNotice(string line) =>
        line.Length <= MaxNoticeLength && (CopyrightPattern().IsMatch(line) || TipLinePattern().IsMatch(line));

    /// <summary>A line of a broadcast script that only says who speaks next (<c>◀ 앵커 ▶</c>, <c>◀ 리포트 ▶</c>).</summary>
    /// <param name="line">A cleaned line.</param>
    /// <returns>Whether the line is such a marker.</returns>
    internal static bool IsRoleMarker(string line) => RoleMarkerPattern().IsMatch(line);

    /// <summary>A broadcast sign-off (<c>MBC뉴스 구민지입니다.</c>) and the name in it.</summary>
    /// <param name="line">A cleaned line.</param>
    /// <param name="name">The reporter's or anchor's name, when it is one.</param>
    /// <returns>Whether the line is a sign-off.</returns>
    internal static bool TryReadSignOff(string line, out string name)
    {
        var signOff = SignOffPattern().Match(line);
        name = signOff.Success ? signOff.Groups["name"].Value : "";
        return signOff.Success;
    }

    private static LineKind Classify(string line)
    {
        if (IsNotice(line))
        {
            return LineKind.Notice;
        }

        if (line[0] is '▲' or '△' || (line.Length <= MaxSignatureLength && PhotoCreditPattern().IsMatch(line)))
        {
            return LineKind.Caption;
        }

        if (line.Length <= MaxSignatureLength
            && (CreditPattern().IsMatch(line) || SignOffPattern().IsMatch(line) || NameSlashCreditPattern().IsMatch(line)
                || BylineParser.Parse(line).Emails.Count > 0 || BylineParser.IsBylineOnly(line)))
        {
            return LineKind.Signature;
        }

        return LineKind.Paragraph;
    }

    private enum LineKind
    {
        Paragraph,
        Notice,
        Caption,
        Signature,
    }
}
