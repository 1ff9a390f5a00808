using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CoopSante.Platform.Data;

/// <summary>
/// Reads rows of a hand-written PostgreSQL statement on a module context (ADR 0035), for the hot reads that gather
/// several tables in one statement (ADR 0027). EF's <c>SqlQuery</c>/<c>FromSql</c> run every call through the LINQ
/// pipeline: the arguments are compiled into a delegate, and the SQL is generated again under a lock shared by every
/// caller of the same query, because EF never caches the command of a raw query that has parameters. Here the
/// statement goes straight to EF's relational command (same connection, transaction, interceptors and diagnostics as a
/// LINQ query), with positional parameters (<c>$1</c>…) so that the text is the same on every call: nothing to rewrite,
/// and Npgsql prepares it once (auto-prepare, ADR 0019).
/// Raw SQL skips the query filters: the caller narrows every table by coop itself.
/// </summary>
public static class PostgresRows
{
    /// <summary>
    /// The rows of <paramref name="sql"/> as <typeparamref name="T"/>: a record whose constructor parameters are the
    /// statement's columns in order. Each interpolated value becomes a parameter (a null one is sent untyped).
    /// </summary>
    public static async Task<List<T>> ReadAsync<T>(DbContext db, FormattableString sql, CancellationToken ct = default)
    {
        var placeholders = new object[sql.ArgumentCount];
        var values = new Dictionary<string, object?>(sql.ArgumentCount, StringComparer.Ordinal);
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
        for (var i = 0; i < sql.ArgumentCount; i++)
        {
            placeholders[i] = string.Create(CultureInfo.InvariantCulture, $"${i + 1}");
            var name = string.Create(CultureInfo.InvariantCulture, $"p{i}");
            builder.AddParameter(new Positional(name));
            values[name] = sql.GetArgument(i);
        }
        builder.Append(string.Format(CultureInfo.InvariantCulture, sql.Format, placeholders));
        if (((IDatabaseFacadeDependenciesAccessor)db.Database).Dependencies is not IRelationalDatabaseFacadeDependencies dependencies
            || dependencies.RelationalConnection.DbConnection is not NpgsqlConnection)
            throw new InvalidOperationException("PostgresRows reads PostgreSQL only.");
        var command = builder.Build();
        await using var reader = await command.ExecuteReaderAsync(
            new RelationalCommandParameterObject(dependencies.RelationalConnection, values, null, db, dependencies.CommandLogger, CommandSource.FromSqlQuery), ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(Materializer<T>.Read(reader.DbDataReader));
        return rows;
    }

    /// <summary>
    /// A parameter without a name, which Npgsql binds by position (<c>$1</c>…). EF's raw parameters cannot be used: it keeps
    /// only the first of several that share a name, and unnamed ones all share the empty name.
    /// </summary>
    private sealed class Positional(string invariantName) : IRelationalParameter
    {
        public string InvariantName => invariantName;

        public void AddDbParameter(DbCommand command, object? value) =>
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });

        public void AddDbParameter(DbCommand command, IReadOnlyDictionary<string, object?>? parameterValues) =>
            AddDbParameter(command, parameterValues is not null && parameterValues.TryGetValue(invariantName, out var value) ? value : null);
    }

    /// <summary>Builds <typeparamref name="T"/> from a row by its widest public constructor, parameter i from column i (compiled once per type).</summary>
    private static class Materializer<T>
    {
        internal static readonly Func<DbDataReader, T> Read = Build();

        private static Func<DbDataReader, T> Build()
        {
            var constructor = typeof(T).GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var reader = Expression.Parameter(typeof(DbDataReader), "reader");
            var getFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue), BindingFlags.Public | BindingFlags.Instance)!;
            var isDbNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;
            var arguments = constructor.GetParameters().Select((p, i) =>
            {
                var type = p.ParameterType;
                var stored = Nullable.GetUnderlyingType(type) ?? type;
                var ordinal = Expression.Constant(i);
                Expression value = Expression.Call(reader, getFieldValue.MakeGenericMethod(stored), ordinal);
                if (stored != type) value = Expression.Convert(value, type);
                return type.IsValueType && stored == type
                    ? value
                    : Expression.Condition(Expression.Call(reader, isDbNull, ordinal), Expression.Default(type), value);
            });
            return Expression.Lambda<Func<DbDataReader, T>>(Expression.New(constructor, arguments), reader).Compile();
        }
    }
}
