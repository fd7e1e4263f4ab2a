namespace GrainMarketing.Errors;

/// <summary>An ad platform did not answer usefully (down, throttling, an error of its own): retry later (HTTP 502).</summary>
[GenerateSerializer, Alias("GrainMarketing.PlatformUnavailableException")]
public sealed class PlatformUnavailableException(string message) : DomainException(message);
