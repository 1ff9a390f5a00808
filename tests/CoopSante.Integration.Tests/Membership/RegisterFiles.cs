using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>Register files written to disk, and their upload as multipart forms.</summary>
public static class RegisterFiles
{
    public static readonly string[] FrenchHeaders =
        ["Numéro de membre", "Nom", "Prénom", "Date de naissance", "Adresse", "Ville", "Code postal", "Courriel", "Téléphone", "Catégorie", "Statut", "Date d'admission", "Parts souscrites ($)", "Parts payées ($)"];

    /// <summary>A valid row; <paramref name="i"/> makes names, e-mails and numbers unique.</summary>
    public static string[] Row(int i, string? familyName = null, string? email = null) =>
    [
        i.ToString(CultureInfo.InvariantCulture), familyName ?? $"Bélanger{i}", i % 3 == 0 ? "Chloé" : "Jean", "1980-05-17", $"{i} rue Principale", "Contrecœur",
        "J0L 1C0", email ?? $"membre{i}@exemple.ca", "450-555-0101", i % 5 == 0 ? "Travailleur" : "Utilisateur", "Actif", "2020-03-01", "50.00", i % 2 == 0 ? "50.00" : "20.00",
    ];

    public static string WriteCsv(IEnumerable<string[]> rows, string[]? headers = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"registre-{Guid.NewGuid():N}.csv");
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(',', (headers ?? FrenchHeaders).Select(Quote)));
        foreach (var r in rows) sb.AppendLine(string.Join(',', r.Select(Quote)));
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(true));
        return path;
    }

    private static string Quote(string s) =>
        s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    public static MultipartFormDataContent Form(string path, string? mapping = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(path));
        file.Headers.ContentType = new MediaTypeHeaderValue(path.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", Path.GetFileName(path));
        if (mapping is not null) form.Add(new StringContent(mapping), "mapping");
        return form;
    }

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid coopId, string path, string? key = "auto", string? mapping = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/coops/{coopId}/members/import") { Content = Form(path, mapping) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key == "auto" ? Guid.NewGuid().ToString() : key);
        return await client.SendAsync(request);
    }
}
