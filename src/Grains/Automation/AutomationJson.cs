using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrainMarketing.Automation;

/// <summary>How firings are stored as JSON: as the API writes them (camelCase names and enum values).</summary>
public static class AutomationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
