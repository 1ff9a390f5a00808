using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CoopSante.Platform.Identity;

/// <summary>Secrets handed out once (invitation links, API keys): random, and stored only as a SHA-256 hash.</summary>
public static class Tokens
{
    public static string New(int bytes = 32) => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(bytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
