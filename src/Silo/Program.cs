using GrainMarketing.Hosting;
using GrainMarketing.Silo.Hosting;
using GrainMarketing.Silo.Schema;

if (args is ["migrate", .. var rest])
{
    var configuration = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = rest, ContentRootPath = AppContext.BaseDirectory }).Configuration;
    var connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
    if (string.IsNullOrWhiteSpace(connectionString))
    {
        Console.Error.WriteLine("migrate: ConnectionStrings:Postgres is not set (environment variable ConnectionStrings__Postgres).");
        return 2;
    }

    var result = await SchemaMigrator.MigrateAsync(connectionString, CancellationToken.None);
    if (!result.Successful)
    {
        Console.Error.WriteLine($"migrate: failed in {result.ErrorScript?.Name}: {result.Error.Message}");
        return 1;
    }

    Console.WriteLine($"migrate: {result.Scripts.Count()} script(s) applied; schema is current.");
    return 0;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddGrainMarketingSilo();
var app = builder.Build();
app.MapSiloEndpoints();
await app.RunAsync();
return 0;
