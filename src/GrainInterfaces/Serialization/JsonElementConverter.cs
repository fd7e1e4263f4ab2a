using System.Text.Json;

namespace GrainMarketing.Serialization;

/// <summary>Lets grain messages hold <see cref="JsonElement"/>s by sending their raw JSON text.</summary>
/// <remarks>
/// Lets grain messages hold <see cref="JsonElement"/>s (the audit trail's before and after values): one is
/// sent as its raw JSON text and parsed back on arrival into an element that owns its own document, so
/// nothing on the receiving side needs disposing.
/// </remarks>
[RegisterConverter]
public sealed class JsonElementConverter : IConverter<JsonElement, JsonElementSurrogate>
{
    public JsonElement ConvertFromSurrogate(in JsonElementSurrogate surrogate) => JsonElement.Parse(surrogate.Json);

    public JsonElementSurrogate ConvertToSurrogate(in JsonElement value) => new(value.GetRawText());
}
