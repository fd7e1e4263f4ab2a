using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>Checks every bucket of <see cref="RateLimitOptions"/> at start (source-generated from the data annotations).</summary>
[OptionsValidator]
public sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
