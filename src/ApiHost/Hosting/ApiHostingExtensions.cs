using System.Net;
using System.Text.Json.Serialization;
using GrainMarketing.ApiHost.Analytics;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Health;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Live;
using GrainMarketing.ApiHost.Problems;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using OpenTelemetry.Metrics;
using Orleans.Configuration;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Composition of the API host: Orleans client for the configured profile, problem details, OpenAPI, health, metrics, rate limits.</summary>
public static class ApiHostingExtensions
{
    public static WebApplicationBuilder AddGrainMarketingApi(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"]);

        builder.AddGrainMarketingClient(storage);
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // {"items":[…],"items":[]} would otherwise be read as its last value: refuse what two readers could read differently.
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section)
            .Validate(o => o.IdempotencyWindow > TimeSpan.Zero, "Ingestion:IdempotencyWindow must be positive: receipts expire after it.")
            .ValidateOnStart();
        builder.Services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<LiveStreams>();
        builder.Services.AddSingleton<LiveChanges>();
        builder.AddGrainMarketingAuth();
        builder.AddGrainMarketingRateLimits();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<ReportingWindows>();
        builder.Services.AddSingleton<TenantCampaigns>();
        builder.Services.AddSingleton<TenantSegments>();
        builder.AddHttpProtection();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = StatusProblems.Describe);
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer<OpenApiSecurity>();
            openApi.AddOperationTransformer<OpenApiSecurity>();
            openApi.AddDocumentTransformer<OpenApiDocumentInfo>();
            openApi.AddOperationTransformer<OpenApiPathParameters>();
            openApi.AddOperationTransformer<OpenApiRateLimits>();
            openApi.AddSchemaTransformer<OpenApiNumbers>();
            openApi.AddSchemaTransformer<OpenApiExtensionData>();
            openApi.AddDocumentTransformer<OpenApiEnums>();
            openApi.AddDocumentTransformer<OpenApiAnyValues>();
            openApi.AddSchemaTransformer<OpenApiOptionalMembers>();
        });

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.Orleans")
            .AddMeter(RateLimitInstruments.MeterName)
            .AddMeter(AccessInstruments.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>The Orleans client: ADO.NET clustering on PostgreSQL, or the local silo's gateway in the Memory profile.</summary>
    private static void AddGrainMarketingClient(this WebApplicationBuilder builder, StorageOptions storage)
    {
        var configuration = builder.Configuration;
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(configuration.GetSection("Orleans"));
            client.UseConnectionRetryFilter<ClusterConnectionRetryFilter>();
            if (storage.Provider == StorageProvider.Postgres)
            {
                var connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set.");
                }

                client.UseAdoNetClustering(options =>
                {
                    options.Invariant = "Npgsql";
                    options.ConnectionString = connectionString;
                });
            }
            else
            {
                client.UseLocalhostClustering(configuration.GetValue("Silo:GatewayPort", 30000));
            }
        });
    }

    /// <summary>Only the last hop's <c>X-Forwarded-For</c>, and only from <paramref name="proxies"/> (loopback when none are set).</summary>
    private static void TrustProxies(ForwardedHeadersOptions forwarded, string[] proxies)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
        forwarded.ForwardLimit = 1;
        if (proxies.Length == 0)
        {
            return;
        }

        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(proxy, out var network) ? network
                : IPAddress.TryParse(proxy, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
                : throw new InvalidOperationException($"{HttpProtectionOptions.Section}:{nameof(HttpProtectionOptions.TrustedProxies)}: '{proxy}' is neither an IP address nor a CIDR network."));
        }
    }

    /// <summary>The default request body limit (ingestion routes raise theirs, <see cref="RequestBodyLimits"/>) and the origins, methods and headers browsers may use.</summary>
    private static void AddHttpProtection(this WebApplicationBuilder builder)
    {
        var http = builder.Configuration.GetSection(HttpProtectionOptions.Section).Get<HttpProtectionOptions>() ?? new HttpProtectionOptions();
        builder.Services.AddOptions<HttpProtectionOptions>().BindConfiguration(HttpProtectionOptions.Section);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = http.MaxRequestBodyBytes);
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded => TrustProxies(forwarded, http.TrustedProxies));
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(http.CorsOrigins)
            .WithMethods("GET", "POST", "PATCH", "PUT", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "Idempotency-Key", ApiKeyAuthenticationHandler.Header)));
    }
}
