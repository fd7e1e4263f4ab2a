namespace GrainMarketing.Errors;

/// <summary>A grain lost a state write and is deactivating to reload what storage holds (HTTP 503): transient, the same call succeeds once it has.</summary>
[GenerateSerializer, Alias("GrainMarketing.LostWriteException")]
public sealed class LostWriteException(string grain)
    : DomainException($"This {grain} lost a state write and is deactivating; retry.");
