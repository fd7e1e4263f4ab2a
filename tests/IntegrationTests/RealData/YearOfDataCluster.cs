using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.RealData;

/// <summary>A cluster whose API accepts purchases up to 450 days old, so a whole year of real baskets can be sent, moved back a few weeks.</summary>
public sealed class YearOfDataCluster : ApiCluster
{
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string> { ["Ingestion__MaxAgeDays"] = "450" };
}
