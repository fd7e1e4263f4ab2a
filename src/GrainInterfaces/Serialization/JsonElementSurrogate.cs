namespace GrainMarketing.Serialization;

/// <summary>A <see cref="System.Text.Json.JsonElement"/> as it crosses a grain call: its raw JSON text.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.JsonElementSurrogate")]
public readonly record struct JsonElementSurrogate([property: Id(0)] string Json);
