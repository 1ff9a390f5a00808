using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>The OpenAPI document tells clients how calls fail, not only how they succeed.</summary>
public sealed class OpenApiDocumentTests(AppFixture app)
{
    [Fact]
    public async Task Every_api_v1_operation_documents_at_least_one_4xx_answer()
    {
        var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = 0;
        var silent = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                operations++;
                var codes = operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
                if (!codes.Exists(c => c.StartsWith('4'))) silent.Add($"{operation.Name.ToUpperInvariant()} {path.Name} ({string.Join(',', codes)})");
            }
        }
        Assert.True(operations > 40, $"only {operations} operations found");
        Assert.True(silent.Count == 0, "Operations that document no 4xx answer:\n" + string.Join('\n', silent));
    }
}
