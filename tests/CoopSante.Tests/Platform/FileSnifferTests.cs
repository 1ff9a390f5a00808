using System.IO.Compression;
using System.Text;
using CoopSante.Platform.Files;

namespace CoopSante.Tests.Platform;

public sealed class FileSnifferTests
{
    private static (SniffVerdict, string?) Sniff(byte[] content, string name)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, content);
            var head = content.AsSpan(0, Math.Min(content.Length, FileSniffer.HeadLength));
            return FileSniffer.Sniff(head, !FileSniffer.HasBinaryBytes(content), path, name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open());
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    public static TheoryData<byte[], string, string> Recognised => new()
    {
        { [.. "%PDF-1.7\n"u8, 0, 1, 2], "a.bin", FileTypes.Pdf },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "a.jpg", FileTypes.Png },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "scan", FileTypes.Jpeg },
        { [.. "GIF89a"u8, 1, 0], "x.gif", FileTypes.Gif },
        { [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8 "u8], "x.webp", FileTypes.WebP },
        { Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w/>")), "lettre.zip", FileTypes.Docx },
        { Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<w/>")), "registre", FileTypes.Xlsx },
        { Zip(("mimetype", FileTypes.Ods), ("content.xml", "<c/>")), "registre.ods", FileTypes.Ods },
        { Encoding.Latin1.GetBytes("Nom;Prénom\nCôté;Hélène\n"), "registre.csv", FileTypes.Csv },
        { "Procès-verbal\r\n"u8.ToArray(), "pv.txt", FileTypes.Text },
    };

    [Theory]
    [MemberData(nameof(Recognised))]
    public void A_file_is_typed_by_its_content(byte[] content, string name, string type) =>
        Assert.Equal((SniffVerdict.Recognised, type), Sniff(content, name));

    public static TheoryData<byte[]> Executables
    {
        get
        {
            var data = new TheoryData<byte[]>();
            data.Add([.. "MZ"u8, 0x90, 0, 3]);
            data.Add([0x7F, .. "ELF"u8, 2, 1]);
            data.Add([0xCF, 0xFA, 0xED, 0xFE, 7, 0]);
            data.Add([0xCA, 0xFE, 0xBA, 0xBE, 0, 0]);
            data.Add([.. "#!/usr/bin/env python3\nprint(1)\n"u8]);
            data.Add([0xEF, 0xBB, 0xBF, .. "#!/bin/sh\n"u8]);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Executables))]
    public void An_executable_is_named_as_such_whatever_its_name(byte[] content) =>
        Assert.Equal(SniffVerdict.Executable, Sniff(content, "facture.pdf").Item1);

    [Fact]
    public void A_plain_zip_or_binary_noise_is_not_a_known_type()
    {
        Assert.Equal(SniffVerdict.Unknown, Sniff(Zip(("payload.bin", "x")), "lettre.docx").Item1);
        Assert.Equal(SniffVerdict.Unknown, Sniff([.. "Nom\n"u8, 0, 0, 0], "a.csv").Item1);
        Assert.Equal(SniffVerdict.Unknown, Sniff(Zip(("mimetype", "application/x-evil")), "a.odt").Item1);
    }
}
