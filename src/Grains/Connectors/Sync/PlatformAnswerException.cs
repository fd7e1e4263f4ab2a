namespace GrainMarketing.Connectors.Sync;

/// <summary>The platform answered with an error that is neither a refused grant nor a throttle: the pull fails and is retried later.</summary>
public sealed class PlatformAnswerException(string message) : Exception(message);
