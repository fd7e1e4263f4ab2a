using GrainMarketing.ApiHost.RateLimiting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>What every customer-event ingestion handler is given besides the tenant.</summary>
public sealed record UserEventRequest(
    HttpRequest Request, IClusterClient Cluster, IOptions<IngestionOptions> Options, IOptions<JsonOptions> Json,
    IngestEventLimiter Limiter, TimeProvider Clock, CancellationToken CancellationToken);
