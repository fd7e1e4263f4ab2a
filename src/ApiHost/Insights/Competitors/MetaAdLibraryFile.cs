using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>A Meta Ad Library file as read: its source, the period its name gives (null without one), its advertisers, currency, country, and how it was written.</summary>
/// <param name="Source"><see cref="MetaAdSources.Report"/> or <see cref="MetaAdSources.Api"/>.</param>
/// <param name="Format">What was found, for example <c>utf-8, comma</c> or <c>ads_archive json, 120 ads</c>.</param>
public sealed record MetaAdLibraryFile(
    string Source, DateRange? Period, IReadOnlyList<MetaAdvertiserRow> Rows, string? Currency, string? Country, string Format);
