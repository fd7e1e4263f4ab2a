using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Persistence;

/// <summary>Parameters the stores' statements take where a filter or a column may be absent.</summary>
public static class NpgsqlParameters
{
    /// <summary>Adds a typed parameter that is SQL <c>NULL</c> when <paramref name="value"/> is null.</summary>
    /// <remarks>The type is given because a <c>NULL</c> alone tells PostgreSQL nothing about it.</remarks>
    public static void AddOptional(this NpgsqlParameterCollection parameters, string name, NpgsqlDbType type, object? value) =>
        parameters.AddWithValue(name, type, value ?? DBNull.Value);
}
