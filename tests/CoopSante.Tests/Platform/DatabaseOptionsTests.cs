using CoopSante.Platform.Data;

namespace CoopSante.Tests.Platform;

public class DatabaseOptionsTests
{
    [Fact]
    public void The_read_path_defaults_are_added_unless_the_connection_string_sets_them()
    {
        var added = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseOptions.WithReadPathDefaults("Host=db;Database=coopsante"));
        Assert.Equal(100, added.MaxAutoPrepare);
        Assert.Equal(2, added.AutoPrepareMinUsages);
        Assert.True(added.NoResetOnClose);

        var kept = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseOptions.WithReadPathDefaults("Host=db;Max Auto Prepare=20;No Reset On Close=false"));
        Assert.Equal(20, kept.MaxAutoPrepare);
        Assert.False(kept.NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=db;Multiplexing=true")]
    [InlineData("Host=db;multiplexing=True;Maximum Pool Size=8")]
    public void Multiplexing_is_refused_at_start_up_with_what_to_do(string connectionString)
    {
        var e = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.WithReadPathDefaults(connectionString));
        Assert.Contains("Multiplexing=true", e.Message, StringComparison.Ordinal);
        Assert.Contains("docs/operations.md", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiplexing_off_is_accepted()
    {
        var csb = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseOptions.WithReadPathDefaults("Host=db;Multiplexing=false"));
        Assert.False(csb.Multiplexing);
    }
}
