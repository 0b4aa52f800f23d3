using KoreanNewsSearch.Integrity;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>The one-line error of a command that found its index damaged, with what to do about it.</summary>
internal static class DamagedIndexMessage
{
    public static string For(IndexDamagedException damaged, string indexPath) =>
        $"{damaged.Message}: run 'knews check --index {indexPath}' to see what is broken, then 'knews check --index {indexPath} --repair' to drop it (and re-ingest what it held)";
}
