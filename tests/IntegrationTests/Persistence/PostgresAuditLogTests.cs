using GrainMarketing.Audit;
using GrainMarketing.UnitTests.Audit;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The <c>audit_log</c> table against a real server, each test on the class's <see cref="MigratedDatabase"/> emptied first.</summary>
public sealed class PostgresAuditLogTests(MigratedDatabase database) : AuditLogContract, IClassFixture<MigratedDatabase>
{
    protected override async Task<IAuditLog> CreateEmptyAsync()
    {
        await database.EmptyAsync("audit_log");
        return new PostgresAuditLog(database.DataSource);
    }
}
