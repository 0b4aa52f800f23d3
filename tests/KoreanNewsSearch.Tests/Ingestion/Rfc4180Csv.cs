using System.Text;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>RFC 4180 CSV: comma-separated fields, quoted fields may hold commas, line breaks and doubled quotes.</summary>
internal static class Rfc4180Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r':
                    EndRow();
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException("unterminated quoted field at end of input");
        }

        if (fieldStarted || row.Count > 0)
        {
            EndRow();
        }

        return rows;

        void EndRow()
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
            row.Clear();
            field.Clear();
            fieldStarted = false;
        }
    }
}
