using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrainMarketing.Analysis;

/// <summary>How runs are stored as JSON (<c>analysis_runs.run</c>): as the API writes them, camelCase names and enum values.</summary>
public static class AnalysisJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
