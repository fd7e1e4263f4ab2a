using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>Query of <c>POST .../competitors/meta-ad-library</c>: the file's name (a report's name gives its period and country), the period otherwise, and the Pages to keep.</summary>
public sealed record MetaImportQuery(
    [FromQuery(Name = "fileName")] string? FileName = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "pages")] string? Pages = null)
{
    public const int MaxPages = 200;

    /// <summary>The Page IDs and lower-cased names of <see cref="Pages"/> (comma separated); null for every Page.</summary>
    public IReadOnlySet<string>? ReadPages(ValidationErrors errors)
    {
        if (FileName is { Length: > CompetitorImportQuery.MaxFileNameLength })
        {
            errors.Add("fileName", $"At most {CompetitorImportQuery.MaxFileNameLength} characters.");
        }

        if (Pages is null)
        {
            return null;
        }

        var pages = Pages.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (pages.Count is 0 or > MaxPages)
        {
            errors.Add("pages", $"1-{MaxPages} Page IDs or names, comma separated.");
        }

        return pages;
    }

    /// <summary>The period: the report's file name, else from and to; a 400 when neither gives one or they disagree.</summary>
    public DateRange? ReadPeriod(DateRange? fromName, ValidationErrors errors) =>
        ImportPeriod.Read(From, To, fromName, "The report's file name",
            "Give the period with from and to (yyyy-MM-dd), or the report's file name as Meta names it (fileName=FacebookAdLibraryReport_2026-11-08_US_last_7_days_advertisers.csv).", errors);
}
