namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// The press of well-known Korean news sites, by web host: used when an input names no source but has a URL.
/// </summary>
/// <remarks>
/// A fixed table of major national outlets (and Korean Wikinews), matched on the registrable domain so that
/// <c>www.chosun.com</c> and <c>biz.chosun.com</c> both give the table entry; hosts not listed give null rather than a guess.
/// </remarks>
internal static class PressDirectory
{
    private static readonly (string Domain, string Press)[] Hosts =
    [
        ("biz.chosun.com", "조선비즈"),
        ("chosun.com", "조선일보"),
        ("joongang.co.kr", "중앙일보"),
        ("donga.com", "동아일보"),
        ("hani.co.kr", "한겨레"),
        ("khan.co.kr", "경향신문"),
        ("hankookilbo.com", "한국일보"),
        ("seoul.co.kr", "서울신문"),
        ("kmib.co.kr", "국민일보"),
        ("munhwa.com", "문화일보"),
        ("segye.com", "세계일보"),
        ("hankyung.com", "한국경제"),
        ("mk.co.kr", "매일경제"),
        ("sedaily.com", "서울경제"),
        ("mt.co.kr", "머니투데이"),
        ("edaily.co.kr", "이데일리"),
        ("fntimes.com", "한국금융신문"),
        ("yna.co.kr", "연합뉴스"),
        ("newsis.com", "뉴시스"),
        ("news1.kr", "뉴스1"),
        ("kbs.co.kr", "KBS"),
        ("imbc.com", "MBC"),
        ("sbs.co.kr", "SBS"),
        ("ytn.co.kr", "YTN"),
        ("jtbc.co.kr", "JTBC"),
        ("ko.wikinews.org", "위키뉴스"),
    ];

    /// <summary>The press publishing at <paramref name="url"/>, when its host is in the table.</summary>
    /// <param name="url">An absolute URL, or null.</param>
    /// <returns>The press name, or null.</returns>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host;
        foreach (var (domain, press) in Hosts)
        {
            if (host.Equals(domain, StringComparison.OrdinalIgnoreCase) ||
                host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase))
            {
                return press;
            }
        }

        return null;
    }
}
