namespace CoopSante.Platform.Backup;

/// <summary>
/// The SQLite default's scheduled online backup (<c>Backup:*</c>; ADR 0021). On PostgreSQL, pgBackRest archives
/// continuously instead (scripts/backup.sh) and this job is not registered.
/// </summary>
internal sealed class BackupOptions
{
    /// <summary>Off: the job is not scheduled (e.g. when the SQLite file is backed up by the machine's own tooling).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Where backups go; relative to the content root. Default: <c>backups</c> beside the SQLite file.</summary>
    public string? Path { get; set; }
    /// <summary>When it runs (Quartz cron, Québec time). Default: every day at 02:15.</summary>
    public string Cron { get; set; } = "0 15 2 * * ?";
    /// <summary>The newest backup of each of the last N days that have one is kept.</summary>
    public int KeepDaily { get; set; } = 7;
    /// <summary>The newest backup of each of the last N ISO weeks that have one is kept.</summary>
    public int KeepWeekly { get; set; } = 4;
}
