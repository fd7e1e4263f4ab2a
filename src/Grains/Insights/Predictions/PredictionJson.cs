using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrainMarketing.Insights.Predictions;

/// <summary>How model versions are stored as JSON: as the API writes them (camelCase names and enum values).</summary>
public static class PredictionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
