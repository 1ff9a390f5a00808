#!/usr/bin/env python3
"""Add or update localized strings in a pair of resx files (French neutral + English).

Usage: scripts/resx.py path/to/Name.resx Key "Texte français" "English text" [Key2 fr2 en2 ...]
Creates Name.resx and Name.en.resx when missing; keeps keys sorted.
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
'''

def load(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): (d.find('value').text or '') for d in root.findall('data')}

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def save(path, data):
    lines = HEADER.rstrip().split('\n')[:-1]
    for k in sorted(data, key=str.lower):
        lines.append(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(data[k])}</value></data>')
    lines.append('</root>')
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

def main(argv):
    if len(argv) < 4 or (len(argv) - 1) % 3 != 0:
        print(__doc__); return 2
    fr_path = argv[0]
    en_path = fr_path[:-5] + '.en.resx'
    fr, en = load(fr_path), load(en_path)
    for i in range(1, len(argv), 3):
        k, f, e = argv[i:i+3]
        fr[k], en[k] = f, e
    save(fr_path, fr); save(en_path, en)
    return 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
