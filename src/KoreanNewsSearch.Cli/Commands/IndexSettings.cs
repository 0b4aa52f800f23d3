using System.ComponentModel;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>Settings shared by the commands that use an index.</summary>
internal class IndexSettings : CommandSettings
{
    /// <summary>The default index folder, relative to the current folder.</summary>
    public const string DefaultIndexPath = "index";

    [CommandOption("--index <DIR>")]
    [Description("Index folder (default: index/ under the current folder).")]
    [DefaultValue(DefaultIndexPath)]
    public string IndexPath { get; init; } = DefaultIndexPath;
}
