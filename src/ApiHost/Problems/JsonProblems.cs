using System.Text.Json;

namespace GrainMarketing.ApiHost.Problems;

/// <summary>Says in a sentence why System.Text.Json refused a request body, without its internals.</summary>
public static class JsonProblems
{
    public const string DuplicateProperty = "Duplicate property: send each field once.";

    /// <summary>The reason for the field at <see cref="JsonException.Path"/>: a duplicate or unknown field, a value of the wrong type, or no JSON at all.</summary>
    public static string Describe(JsonException json) =>
        IsDuplicateProperty(json) ? DuplicateProperty
        : json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "Unknown field."
        : json.Path is null or "$" ? "The body is not valid JSON."
        : "The value has the wrong type or format.";

    /// <summary>Whether the body named a property twice (refused: JsonSerializerOptions.AllowDuplicateProperties is off).</summary>
    public static bool IsDuplicateProperty(JsonException json) =>
        json.Message.StartsWith("Duplicate property", StringComparison.Ordinal);
}
