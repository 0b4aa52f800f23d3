using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// Reads a plain-text dump of a news page (the page copied as text, menus, share buttons and footers included) and
/// recovers the article fields by general layout rules, never by strings of one site.
/// </summary>
/// <remarks>
/// <para>The rules, in page order:</para>
/// <list type="bullet">
/// <item>Publish/update times come only from labelled lines (<c>기사입력 :</c>, <c>입력</c>, <c>등록</c>, <c>송고</c>;
/// <c>수정</c>, <c>업데이트</c>, <c>승인</c>); a bare date such as the page's current date <c>2024.11.21(목)</c> is chrome.</item>
/// <item>The title is the nearest content line above the first labelled time (skipping byline and chrome lines); without
/// a labelled time, the longest content line above the body.</item>
/// <item>The body starts at the first line that opens with a byline (<c>[한국금융신문 홍윤기 기자]</c>,
/// <c>(서울=연합뉴스) 김철수 기자 =</c>), else at the first line that reads as a paragraph (ends a sentence, or is long),
/// with the short lead lines right above it that end in sentence punctuation or a comma.
/// Content lines between the title block and the body are the deck (subtitle).</item>
/// <item>Captions: a line ending in <c>이미지 확대보기</c> (the suffix removed) or ending in a photo credit
/// (<c>/사진 = 삼성전자</c>, <c>[사진=뉴시스]</c>, <c>/소방청 제공</c>). The credit is kept in the caption, as the page
/// prints it and as JSON Lines exports give it. A caption repeated on the next line is kept once.</item>
/// <item>The body ends at the first footer line (copyright, 무단 전재, 추천뉴스, BEST CLICK, 기사 더보기, 관련기사, …), or
/// at a tip-line or copyright notice with no article paragraph after it; a broadcast sign-off (<c>OO뉴스 홍길동입니다.</c>)
/// gives a reporter, and closing lines the page prints again elsewhere (a slogan) are dropped.
/// Signature lines (<c>홍윤기 한국금융신문 기자 ahyk815@fntimes.com</c>) give reporters and e-mails, not body text.</item>
/// <item>Link residue of reporter/person pop-ups (<c>이재용닫기이재용기사 모아보기</c>) keeps the name once.</item>
/// <item>The press comes from the bracketed byline, else the signature, else the copyright line.</item>
/// </list>
/// </remarks>
internal static partial class TextDumpParser
{
    private const int MaxMetaLineLength = 120;
    private const int MaxBylineLineLength = 80;
    private const int LongParagraphLength = 80;
    private const int MinHeadlineLetters = 6;
    private const int FurnitureRunLength = 3;
    private const int MaxSignatureWords = 3;
    private const int MaxPullQuoteAttributionLength = 30;
    private const int MaxPromotionLength = 50;

    private static readonly string[] FooterMarkers =
    [
        "copyright", "ⓒ", "©", "무단전재", "무단복제", "재배포금지", "배포금지", "allrightsreserved", "저작권자",
        "추천뉴스", "bestclick", "기사더보기", "많이본뉴스", "관련기사", "인기기사", "주요뉴스", "핫뉴스", "포토뉴스",
    ];

    private static readonly string[] ShareWords =
    [
        "share", "kakao", "facebook", "twitter", "telegram", "naverblog", "band", "clipboard", "copy", "print", "url",
        "공유", "카카오", "페이스북", "트위터", "텔레그램", "밴드", "링크", "복사", "스크랩", "인쇄", "글자크기", "본문듣기", "닫기",
    ];

    [GeneratedRegex(@"(\S{1,20}?)닫기\1기사\s?모아보기")]
    private static partial Regex LinkResiduePattern();

    [GeneratedRegex(@"\s*(?:이미지\s?확대(?:보기)?|사진\s?확대(?:보기)?|확대보기)$")]
    private static partial Regex EnlargeSuffixPattern();

    // "/사진 = 삼성전자", "[사진=뉴시스]", "(사진=연합뉴스)", "/소방청 제공", "/뉴스1" at the end of a line.
    [GeneratedRegex(
        @"(?:[/／]\s*(?:사진|자료|그래픽|영상|제공|출처)\s*[=:]\s*[^/=]{1,30}|[\[(]\s*(?:사진|자료|그래픽|출처)\s*[=:][^\])]{1,30}[\])]|[/／]\s*[^/\s]{1,20}(?:\s[^/\s]{1,20})?\s*제공)\s*$")]
    private static partial Regex PhotoCreditPattern();

    // A byline opening the first paragraph: "[한국금융신문 홍윤기 기자] ", "(서울=연합뉴스) 김철수 기자 = ", "[서울=뉴시스]김철수 기자 = ".
    [GeneratedRegex(@"^(?:[\[【(（][^\]】)）]{1,60}[\]】)）])?\s*(?:[가-힣·ㆍ,/\s]{2,30}?(?:기자|특파원)\s*=)?\s*")]
    private static partial Regex OpeningBylinePattern();

    // "■ 방송 : CBS 라디오 <김현정의 뉴스쇼>", "□ 진행 : 홍길동 앵커": a transcript's programme line; "▶김현욱 : 감사합니다.":
    // a speaker's turn in it.
    [GeneratedRegex(@"^[■□▶◆]\s*[가-힣]{1,6}\s*[:：]\s*\S")]
    private static partial Regex TranscriptHeaderPattern();

    // A radio station's frequency: "FM 94.5", "(FM 103.5 MHz", "AM 837".
    [GeneratedRegex(@"(?<![A-Za-z])(?:FM|AM)\s?\d{2,4}(?:\.\d)?(?!\d)")]
    private static partial Regex RadioFrequencyPattern();

    // "▲ 지아니 인판티노 FIFA 회장", "[0000073768]▲ …": the marker pages put before a photo's caption.
    [GeneratedRegex(@"^(?:\[[^\]가-힣]{1,40}\])?\s*[▲△]")]
    private static partial Regex MarkedCaptionPattern();

    // An image's alternative text that is only its credit: "iMBC 연예뉴스 사진".
    [GeneratedRegex(@"^\S[^.?!]{0,18}\s사진$")]
    private static partial Regex PressPhotoCreditPattern();

    // The id w3m prints for an image without alternative text: "[0000073768]", "[a882fa87-1]".
    [GeneratedRegex(@"^\[[^\]가-힣]{1,40}\]\s*")]
    private static partial Regex ImagePlaceholderPattern();

    [GeneratedRegex(@"^\s*(?:[(（][월화수목금토일][)）])?$")]
    private static partial Regex WeekdayOnlyPattern();

    [GeneratedRegex(@"(?:copyright|ⓒ|©|\(c\)|저작권자)[\s:ⓒ©]*(?:\(c\)|ⓒ|©)?\s*(?<press>[^&,.<>()\[\]ⓒ©]{2,30}?)\s*(?=&|,|\.|<|>|\(|all rights|무단|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightPressPattern();

    [GeneratedRegex(@"[ \t\u00A0\u3000]+")]
    private static partial Regex SpaceRunPattern();

    [GeneratedRegex(@"[.?!…]$|[.?!][""'”’」)]$|다$")]
    private static partial Regex SentenceEndPattern();

    // A sentence ended with its punctuation (a closing quotation mark may follow), or a sentence broken at a comma.
    [GeneratedRegex(@"[.?!…,][""'”’」)]?$")]
    private static partial Regex LeadLineEndPattern();

    // A line that is one quotation and nothing else: "경상도와 전라도로 나눠서 왜 싸우나."
    [GeneratedRegex(@"^[""“”'‘’「『].*[""“”'‘’」』]\.?$")]
    private static partial Regex WholeQuotationPattern();

    // Calls to the reader that close a page's article box: "#흥(클릭!)", "▶ 바로가기", "좋아요를 눌러주세요", "구독하기".
    [GeneratedRegex(@"클릭|바로\s?가기|눌러\s?주세요|구독|좋아요|▶|☞")]
    private static partial Regex PromotionPattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    /// <summary>Parses one page dump.</summary>
    /// <param name="text">The decoded text of the dump.</param>
    /// <param name="path">The file, for messages.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArticleFormatException">No title or no body could be found.</exception>
    public static NewsArticle Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextDumpLines.Split(text).Select(CleanLine).ToList();
        var fileName = Path.GetFileName(path);
        var marks = new TextDumpMarks(lines);

        var timeLine = lines.FindIndex(IsTimeLine);
        IReadOnlyList<LabelledTime> labelled = timeLine < 0 ? [] : PublishTimeParser.FindLabelled(lines[timeLine]);
        string? timeByline = null;
        if (timeLine < 0)
        {
            // No labelled time: an unlabelled one printed beside the byline ("홍길동 기자 | 2021-08-09 14:22:31").
            timeLine = lines.FindIndex(l => BylineTime.TryRead(l, out _, out _));
            if (timeLine >= 0 && BylineTime.TryRead(lines[timeLine], out var bylineTime, out var byline))
            {
                labelled = [new LabelledTime(TimeLabelKind.Published, "", bylineTime)];
                timeByline = byline;
            }
        }

        if (timeLine < 0 && FindTimeUnderHeadline(lines) is { } headerTime)
        {
            (timeLine, var time) = headerTime;
            labelled = [new LabelledTime(TimeLabelKind.Published, "", time)];
        }

        var bodyStart = FindBodyStart(lines, Math.Max(timeLine + 1, 0), marks);
        if (bodyStart < 0)
        {
            throw new ArticleFormatException(
                $"{fileName}: no body found: expected paragraphs after the title (a bracketed byline or sentences)", "body");
        }

        var titleLine = timeLine >= 0 ? FindTitleAbove(lines, timeLine) : FindLongestContentLine(lines, bodyStart);
        if (titleLine < 0)
        {
            throw new ArticleFormatException(
                $"{fileName}: no title found: expected a headline line above the publish time (기사입력/입력/등록 …) or the body", "title");
        }

        var captions = new List<string>();
        var reporters = new List<string>();
        var emails = new List<string>();
        string? bylinePress = null;

        void AddByline(Byline byline)
        {
            reporters.AddRange(byline.Reporters);
            emails.AddRange(byline.Emails);
            bylinePress ??= byline.Press;
        }

        bool IsPlacedCaption(int index)
        {
            if (!marks.IsCaption(index))
            {
                return false;
            }

            if (!captions.Contains(lines[index], StringComparer.Ordinal))
            {
                captions.Add(lines[index]);
            }

            return true;
        }

        if (timeByline is not null)
        {
            AddByline(BylineParser.Parse(timeByline));
        }

        // A headline block above the time: the title, then deck lines printed right under it.
        var subtitle = new List<string>();
        var headlineBlockEnd = titleLine;
        if (timeLine >= 0)
        {
            (titleLine, var deckAboveTime) = SplitHeadlineBlock(lines, titleLine);
            subtitle.AddRange(deckAboveTime);
        }

        // Reporters printed between the headline and the time ("배윤경 기자" / "bykj@mk.co.kr", one above the other).
        for (var i = headlineBlockEnd + 1; i < timeLine; i++)
        {
            if (IsBylineLine(lines[i]))
            {
                AddByline(BylineParser.Parse(lines[i]));
            }
        }

        var headerEnd = Math.Max(headlineBlockEnd, timeLine) + 1;
        for (var i = headerEnd; i < bodyStart; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || IsChrome(line) || IsPlacedCaption(i) || TryAddCaption(line, captions) || IsTimeLine(line))
            {
                continue;
            }

            if (IsBylineLine(line))
            {
                AddByline(BylineParser.Parse(line));
                continue;
            }

            subtitle.Add(line);
        }

        var paragraphs = new List<string>();
        var footerStart = lines.Count;
        var furnitureRun = new FurnitureRun();
        for (var i = bodyStart; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsFooter(line) || (paragraphs.Count > 0 && HtmlBodyCleaner.IsNotice(line) && !LongParagraphFollows(lines, i + 1, marks)))
            {
                // A copyright or tip-line notice ends the article only when no article paragraph comes after it: a short
                // line of the article may well start with "전화" or speak of 저작권.
                footerStart = i;
                break;
            }

            if (i == bodyStart)
            {
                line = StripOpeningByline(line, AddByline);
            }

            if (line.Length == 0 || IsPlacedCaption(i) || TryAddCaption(line, captions) || IsTimeLine(line) || HtmlBodyCleaner.IsRoleMarker(line))
            {
                continue;
            }

            if (IsChrome(line))
            {
                furnitureRun.Add(i, paragraphAdded: false);
                continue;
            }

            if (paragraphs.Count > 0 && IsSignatureLine(line))
            {
                // The reporter signs at the end of the article; what follows is the page's.
                AddByline(BylineParser.Parse(line));
                footerStart = i + 1;
                break;
            }

            if (IsBylineLine(line))
            {
                AddByline(BylineParser.Parse(line));
                continue;
            }

            if (paragraphs.Count > 0 && HtmlBodyCleaner.TryReadSignOff(line, out var signOffName))
            {
                reporters.Add(signOffName);
                continue;
            }

            paragraphs.Add(line);
            if ((line.Length >= LongParagraphLength || SentenceEndPattern().IsMatch(line)) && !IsPromotion(line))
            {
                furnitureRun = new FurnitureRun();
                continue;
            }

            furnitureRun.Add(i, paragraphAdded: true);
            if (furnitureRun.Length >= FurnitureRunLength && !LongParagraphFollows(lines, i + 1, marks))
            {
                // Lines of page furniture one after another (a profile box, a headline list), and no more article text.
                paragraphs.RemoveRange(paragraphs.Count - furnitureRun.Paragraphs, furnitureRun.Paragraphs);
                footerStart = furnitureRun.Start;
                break;
            }
        }

        DropClosingFurniture(paragraphs, marks);

        var copyrightPress = FindCopyrightPress(lines, footerStart);
        if (reporters.Count == 0 && emails.Count == 0)
        {
            foreach (var line in lines.Skip(footerStart).Where(IsBylineLine))
            {
                AddByline(BylineParser.Parse(line));
            }
        }

        if (paragraphs.Count == 0)
        {
            throw new ArticleFormatException($"{fileName}: no body found: only headers, captions and footers", "body");
        }

        var published = labelled.FirstOrDefault(t => t.Kind == TimeLabelKind.Published);
        var updated = labelled.FirstOrDefault(t => t.Kind == TimeLabelKind.Updated);
        return new NewsArticle
        {
            Source = bylinePress ?? copyrightPress,
            Title = lines[titleLine],
            Subtitle = subtitle,
            Published = labelled.Count == 0 ? null : published != default ? published.Time : labelled[0].Time,
            Updated = updated != default && published != default ? updated.Time : null,
            Reporters = reporters.Distinct(StringComparer.Ordinal).ToList(),
            ReporterEmails = emails.Distinct(StringComparer.Ordinal).ToList(),
            Body = string.Join("\n\n", paragraphs),
            Captions = captions,
        };
    }

    /// <summary>
    /// A full date and time printed alone right under the headline, with at most a button word beside it
    /// (<c>2023년 04월 07일 18시 36분 댓글</c>): the line and its time. Only for dumps with no labelled time and no byline
    /// time; a bare date (the page's current date) never counts, nor a time under a list item.
    /// </summary>
    private static (int Line, DateTimeOffset Time)? FindTimeUnderHeadline(List<string> lines)
    {
        const int MaxButtonWords = 1;
        const int MaxButtonWordLength = 3;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > MaxMetaLineLength || !PublishTimeParser.TryParse(line, out var time, out var where, out var hasTimeOfDay) || !hasTimeOfDay)
            {
                continue;
            }

            var rest = (line[..where.Index] + " " + line[(where.Index + where.Length)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var above = Enumerable.Range(0, i).Reverse().Select(j => lines[j]).FirstOrDefault(l => l.Length > 0);
            if (rest.Length <= MaxButtonWords && rest.All(w => w.Length <= MaxButtonWordLength) && above is not null
                && above.Count(char.IsLetter) >= MinHeadlineLetters && !IsListItem(above) && !IsChrome(above))
            {
                return (i, time);
            }
        }

        return null;
    }

    private static bool IsListItem(string line) => line[0] is '•' or '·' or '-' or '*' or '■' or '▶';

    private static string CleanLine(string line)
    {
        var cleaned = LinkResiduePattern().Replace(line, "$1");
        return SpaceRunPattern().Replace(cleaned, " ").Trim();
    }

    private static bool IsTimeLine(string line) =>
        line.Length <= MaxMetaLineLength && PublishTimeParser.FindLabelled(line).Count > 0;

    /// <summary>Share buttons, bullets of menu words, a bare date (the page's current date), close buttons.</summary>
    private static bool IsChrome(string line)
    {
        if (PublishTimeParser.TryParse(line, out _, out var where, out _) && where.Index == 0 &&
            WeekdayOnlyPattern().IsMatch(line[where.Length..]))
        {
            return true;
        }

        var words = line.TrimStart('•', '·', '-', '*', '▶', '■', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => ShareWords.Any(s => w.Contains(s, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsFooter(string line)
    {
        if (line.Length > MaxMetaLineLength)
        {
            return false;
        }

        var compact = line.Replace(" ", "", StringComparison.Ordinal);
        return FooterMarkers.Any(m => compact.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsBylineLine(string line)
    {
        return line.Length <= MaxBylineLineLength && BylineParser.IsBylineOnly(line);
    }

    /// <summary>
    /// A signature closing the article: a byline with an e-mail (<c>순천, 광양 구현모 기자 ninek@hankookilbo.com</c>), or an
    /// e-mail with a name or press and nothing more (<c>뉴스타파 webmaster@newstapa.org</c>).
    /// </summary>
    private static bool IsSignatureLine(string line)
    {
        if (line.Length > MaxBylineLineLength || !EmailPattern().IsMatch(line) || SentenceEndPattern().IsMatch(line))
        {
            return false;
        }

        var words = EmailPattern().Replace(line, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return BylineParser.IsBylineOnly(line) || words.Length <= MaxSignatureWords;
    }

    // A transcript's turn ("▶김현욱 : 감사합니다.") opens with the arrow that link lines use, and is the article's text.
    private static bool IsPromotion(string line) =>
        line.Length <= MaxPromotionLength && PromotionPattern().IsMatch(line) && !TranscriptHeaderPattern().IsMatch(line);

    private static bool HasHangul(string line) => line.Any(c => c is >= '가' and <= '힣');

    /// <summary>
    /// A pull quote set above the article with its speaker on the next line (<c>"경상도와 전라도로 나눠서 왜 싸우나."</c> /
    /// <c>이재명 더불어민주당 대선 후보</c>): the index of the speaker's line, else null.
    /// </summary>
    private static int? IsPullQuote(List<string> lines, int index)
    {
        var line = lines[index];
        if (line.Length >= LongParagraphLength || !WholeQuotationPattern().IsMatch(line)
            || TextDumpMarks.NextContentLine(lines, index) is not { } next)
        {
            return null;
        }

        var attribution = lines[next];
        return attribution.Length <= MaxPullQuoteAttributionLength && !SentenceEndPattern().IsMatch(attribution) ? next : null;
    }

    /// <summary>Whether a paragraph of article length still comes before the page footer.</summary>
    private static bool LongParagraphFollows(List<string> lines, int from, TextDumpMarks marks)
    {
        for (var i = from; i < lines.Count && !IsFooter(lines[i]); i++)
        {
            var line = lines[i];
            if (line.Length >= LongParagraphLength && SentenceEndPattern().IsMatch(line) && HasHangul(line) && !marks.Recurs(line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops the lines that close the article box without being article text: related-article headlines, promotion and
    /// programme credits (<c>[CBS 김현정의 뉴스쇼]</c>) — short lines that end no sentence — after the last sentence, and a
    /// closing line the page prints again elsewhere (a section's slogan under the article and under its headline list:
    /// an article's own last sentence is printed once).
    /// </summary>
    private static void DropClosingFurniture(List<string> paragraphs, TextDumpMarks marks)
    {
        while (paragraphs.Count > 1 && (IsPromotion(paragraphs[^1]) || marks.Recurs(paragraphs[^1])
                   || (paragraphs[^1].Length < LongParagraphLength && !SentenceEndPattern().IsMatch(paragraphs[^1]))))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
    }

    private static bool IsParagraph(string line) => line.Length >= LongParagraphLength || (line.Length >= 20 && SentenceEndPattern().IsMatch(line));

    /// <summary>Adds the line to <paramref name="captions"/> when it is one (once); true when the line is a caption.</summary>
    private static bool TryAddCaption(string line, List<string> captions)
    {
        var withoutSuffix = ImagePlaceholderPattern().Replace(EnlargeSuffixPattern().Replace(line, ""), "");
        var isCaption = IsCaption(line);
        if (!isCaption || withoutSuffix.Length == 0)
        {
            return isCaption;
        }

        if (!captions.Contains(withoutSuffix, StringComparer.Ordinal))
        {
            captions.Add(withoutSuffix);
        }

        return true;
    }

    private static int FindBodyStart(List<string> lines, int from, TextDumpMarks marks)
    {
        var firstParagraph = -1;
        var firstSolidParagraph = -1;
        var koreanPage = lines.Any(HasHangul);
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || IsChrome(line) || IsTimeLine(line) || IsCaption(line) || marks.IsCaption(i)
                || marks.Recurs(line) || (koreanPage && !HasHangul(line)))
            {
                // Summary and share boxes print their lines twice; a translation widget's notice is not the article.
                continue;
            }

            if (IsPullQuote(lines, i) is { } attribution)
            {
                i = attribution;
                continue;
            }

            if (IsFooter(line))
            {
                // A "most read" box may sit above the article; the article's own footer comes after its body anyway.
                continue;
            }

            if (OpensWithByline(line))
            {
                return i;
            }

            if (firstParagraph < 0 && IsParagraph(line))
            {
                firstParagraph = i;
            }

            if (firstSolidParagraph < 0 && IsParagraph(line) && !line.EndsWith("닫기", StringComparison.Ordinal)
                && (line.Length >= LongParagraphLength || NextParagraphFollows(lines, i, marks)))
            {
                firstSolidParagraph = i;
            }
        }

        var start = firstSolidParagraph >= 0 ? firstSolidParagraph : firstParagraph;
        return start < 0 ? start : WithTranscriptHeader(lines, WithLeadLines(lines, start, from, marks));
    }

    /// <summary>
    /// Moves the start up over the lead lines printed right above the first paragraph: a one-line lead too short to
    /// count as a paragraph on its own (<c>박해미가 기가 세지 않다고 말했다.</c>), a quotation that opens the story, or a
    /// script read in short lines (<c>동글동글 귀여운 모양과 붉은 색깔,</c> / <c>눈치채셨나요?</c> / <c>바로 방울토마토입니다.</c>).
    /// They end a sentence with its punctuation or break one at a comma; headlines, deck lines, buttons and speakers'
    /// names above an article end in neither.
    /// </summary>
    private static int WithLeadLines(List<string> lines, int start, int from, TextDumpMarks marks)
    {
        var top = start;
        for (var i = start - 1; i >= from; i--)
        {
            var line = lines[i];
            if (line.Length == 0 || IsCaption(line) || marks.IsCaption(i))
            {
                // A photo may stand between the lead and the first paragraph.
                continue;
            }

            if (!IsLeadLine(line) || marks.Recurs(line))
            {
                break;
            }

            top = i;
        }

        return top;
    }

    private static bool IsLeadLine(string line) =>
        HasHangul(line) && LeadLineEndPattern().IsMatch(line) && !IsChrome(line) && !IsTimeLine(line) && !IsFooter(line)
        && !IsBylineLine(line) && !IsPromotion(line);

    /// <summary>
    /// A broadcast transcript opens with its programme lines (<c>■ 방송 : CBS 라디오 …</c>, <c>■ 진행 : …</c>,
    /// <c>■ 대담 : …</c>) right above the first paragraph; they are part of the article, unlike deck lines. So is a line
    /// above them that names the station by its frequency (<c>YTN라디오(FM 94.5) [뉴스킹 박지훈입니다]</c>), which no
    /// deck line does.
    /// </summary>
    private static int WithTranscriptHeader(List<string> lines, int start)
    {
        const int MinHeaderLines = 2;
        var top = start;
        for (var i = start - 1; i >= 0 && (lines[i].Length == 0 || TranscriptHeaderPattern().IsMatch(lines[i])); i--)
        {
            top = lines[i].Length > 0 ? i : top;
        }

        var headerLines = Enumerable.Range(top, start - top).Count(i => lines[i].Length > 0);
        if (headerLines < MinHeaderLines)
        {
            return start;
        }

        var above = Enumerable.Range(0, top).Reverse().FirstOrDefault(i => lines[i].Length > 0, -1);
        return above >= 0 && lines[above].Length <= MaxBylineLineLength && RadioFrequencyPattern().IsMatch(lines[above]) ? above : top;
    }

    /// <summary>
    /// Whether one of the next two content lines after <paramref name="index"/> (captions skipped) is a paragraph too: a
    /// sentence among menu lines (a player's data-charge notice) is not where the article starts, one followed by more
    /// sentences is (an image's alternative text or a "see the video" line may stand between).
    /// </summary>
    private static bool NextParagraphFollows(List<string> lines, int index, TextDumpMarks marks)
    {
        const int Window = 2;
        var seen = 0;
        for (var next = TextDumpMarks.NextContentLine(lines, index); next is { } j && seen < Window; next = TextDumpMarks.NextContentLine(lines, j))
        {
            if (IsCaption(lines[j]) || marks.IsCaption(j))
            {
                continue;
            }

            if (IsParagraph(lines[j]))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    private static bool IsCaption(string line) =>
        EnlargeSuffixPattern().IsMatch(line) || PhotoCreditPattern().IsMatch(line) || MarkedCaptionPattern().IsMatch(line)
        || PressPhotoCreditPattern().IsMatch(line);

    private static bool OpensWithByline(string line)
    {
        var opening = OpeningBylinePattern().Match(line);
        if (opening.Length == 0 || opening.Length == line.Length)
        {
            return false;
        }

        var byline = BylineParser.Parse(opening.Value);
        return byline.Reporters.Count > 0 || (byline.Press is not null && opening.Value.Contains('='));
    }

    private static string StripOpeningByline(string line, Action<Byline> onByline)
    {
        if (!OpensWithByline(line))
        {
            return line;
        }

        var opening = OpeningBylinePattern().Match(line);
        onByline(BylineParser.Parse(opening.Value));
        return line[opening.Length..].Trim();
    }

    /// <summary>
    /// The headline above the publish time: of the nearest few lines that could be one (not chrome, bylines, captions or
    /// lines with too few letters for a headline such as
    /// <c>TOP</c>, <c>댓글</c>, rules, numbers), the first that recurs on the page (headlines come
    /// back in share boxes, print titles, "more" lists and after the site's name in the page title; deck lines and
    /// reporter boxes do not), else the nearest.
    /// </summary>
    private static int FindTitleAbove(List<string> lines, int timeLine)
    {
        const int Window = 4;
        var candidates = new List<int>();
        for (var i = timeLine - 1; i >= 0 && candidates.Count < Window; i--)
        {
            var line = lines[i];
            if (line.Count(char.IsLetter) < MinHeadlineLetters || IsChrome(line) || IsBylineLine(line) || IsCaption(line))
            {
                continue;
            }

            candidates.Add(i);
        }

        return candidates.Count == 0 ? -1 : candidates.Cast<int?>().FirstOrDefault(i => Recurs(lines, i!.Value)) ?? candidates[0];
    }

    private static bool Recurs(List<string> lines, int index)
    {
        var headline = lines[index];
        for (var i = 0; i < lines.Count; i++)
        {
            var other = lines[i].TrimStart('•', '·', '-', '*', ' ');
            // The same line, or the same line with a site or section name beside it ("제목 - OO경제", "OO뉴스|제목": the
            // page's title and its breadcrumb print the headline so).
            if (i != index && other.StartsWith(headline, StringComparison.Ordinal)
                && (other.Length == headline.Length || IsHeadlineSeparator(other[headline.Length..].TrimStart().FirstOrDefault())))
            {
                return true;
            }

            if (i != index && other.Length > headline.Length && other.EndsWith(headline, StringComparison.Ordinal)
                && IsHeadlineSeparator(other[..^headline.Length].TrimEnd().LastOrDefault()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeadlineSeparator(char c) => c is '-' or '|' or ':' or 'ㅣ' or '｜';

    /// <summary>
    /// Walks up from the line nearest above the time through the lines printed with it (no blank line between): the first
    /// is the title, the others deck lines. A block longer than a headline and its deck is not one (a dump without blank
    /// lines), and then the nearest line stays the title.
    /// </summary>
    private static (int Title, List<string> Deck) SplitHeadlineBlock(List<string> lines, int nearest)
    {
        const int MaxHeadlineBlock = 4;
        var top = nearest;
        while (top > 0 && nearest - top < MaxHeadlineBlock && IsHeadlineBlockLine(lines[top - 1]))
        {
            top--;
        }

        if (nearest - top + 1 > MaxHeadlineBlock)
        {
            return (nearest, []);
        }

        return (top, lines.GetRange(top + 1, nearest - top));
    }

    private static bool IsHeadlineBlockLine(string line) =>
        line.Count(char.IsLetter) >= MinHeadlineLetters && !IsChrome(line) && !IsBylineLine(line) && !IsCaption(line) && !IsTimeLine(line);

    private static int FindLongestContentLine(List<string> lines, int bodyStart)
    {
        var best = -1;
        for (var i = 0; i < bodyStart; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || IsChrome(line) || IsBylineLine(line) || IsCaption(line))
            {
                continue;
            }

            if (best < 0 || line.Length > lines[best].Length)
            {
                best = i;
            }
        }

        return best;
    }

    private static string? FindCopyrightPress(List<string> lines, int footerStart)
    {
        foreach (var line in lines.Skip(footerStart))
        {
            var match = CopyrightPressPattern().Match(line);
            if (match.Success && line.Length <= MaxMetaLineLength)
            {
                return match.Groups["press"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>Consecutive lines of a dump that are not article paragraphs: where the run started and how many were kept as paragraphs.</summary>
    private sealed class FurnitureRun
    {
        public int Start { get; private set; } = -1;

        public int Length { get; private set; }

        public int Paragraphs { get; private set; }

        public void Add(int index, bool paragraphAdded)
        {
            Start = Start < 0 ? index : Start;
            Length++;
            Paragraphs += paragraphAdded ? 1 : 0;
        }
    }
}
