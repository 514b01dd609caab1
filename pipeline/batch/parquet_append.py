"""A Parquet file written one row group at a time, its footer kept on disk until the end.

pyarrow's ``ParquetWriter`` keeps every row group's metadata in memory until it closes (the
Thrift structs of each column chunk: about 9 KB a row group for a 9-column table, 15 KB with
long-text statistics, whatever the rows), so the parent's dataset build grew by ~1 MB per
1,000 stub papers (one row group per MiB of a table). ``RowGroupFile`` keeps the same bytes and
not the metadata: each row group is written by pyarrow, with the same schema and options, as a
one-row-group Parquet file to an unnamed scratch file; its column chunks are copied to the
output, its ``RowGroup`` footer entry (Thrift compact protocol) is re-encoded with the file
offsets shifted to where the chunks now lie and its ordinal set, and appended to a second
unnamed file; ``close`` writes the file's footer from the last scratch file's (schema, writer
version, Arrow schema: the same for every row group) with the total row count and every entry
read back from disk. The result is byte for byte what one ``ParquetWriter`` writing the same
tables gives (tests/test_parquet_append.py); the format's layout (``PAR1``, column chunks,
footer, its length, ``PAR1``) is parquet-format's, and the only fields touched are the
offsets and ordinals below. Hand-written because pyarrow has no way to write a row group's
metadata anywhere but its writer's memory.
"""

from __future__ import annotations

import struct
import tempfile
from pathlib import Path
from typing import IO, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

MAGIC = b"PAR1"
COPY_BYTES = 1 << 20

# Thrift compact protocol type codes (field headers; list elements use the same codes,
# booleans in a list as 1 byte).
_STOP, _TRUE, _FALSE, _BYTE, _I16, _I32, _I64, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = range(13)

# parquet.thrift field ids: what is shifted (absolute file offsets) or renumbered, by struct.
_OFFSET, _ORDINAL = "offset", "ordinal"
_FIELDS = {
    # RowGroup: 1 columns (list<ColumnChunk>), 5 file_offset, 7 ordinal
    "RowGroup": {1: "ColumnChunk", 5: _OFFSET, 7: _ORDINAL},
    # ColumnChunk: 2 file_offset, 3 meta_data, 4 offset_index_offset, 6 column_index_offset
    "ColumnChunk": {2: _OFFSET, 3: "ColumnMetaData", 4: _OFFSET, 6: _OFFSET},
    # ColumnMetaData: 9 data_page_offset, 10 index_page_offset, 11 dictionary_page_offset,
    # 14 bloom_filter_offset
    "ColumnMetaData": {9: _OFFSET, 10: _OFFSET, 11: _OFFSET, 14: _OFFSET},
}
_FILE_NUM_ROWS, _FILE_ROW_GROUPS = 3, 4  # FileMetaData fields


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        if value < 0x80:
            out.append(value)
            return bytes(out)
        out.append((value & 0x7F) | 0x80)
        value >>= 7


def _unzigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


def _zigzag(value: int) -> int:
    return (value << 1) ^ (value >> 63)


def _skip(data: bytes, pos: int, kind: int) -> int:
    """The position after one value of type ``kind`` starting at ``pos``."""
    if kind in (_TRUE, _FALSE):  # a boolean field's value is in its header; in a list, one byte
        return pos
    if kind == _BYTE:
        return pos + 1
    if kind in (_I16, _I32, _I64):
        return _varint(data, pos)[1]
    if kind == _DOUBLE:
        return pos + 8
    if kind == _BINARY:
        size, pos = _varint(data, pos)
        return pos + size
    if kind in (_LIST, _SET):
        size, element, pos = _list_header(data, pos)
        for _ in range(size):
            pos = pos + 1 if element in (_TRUE, _FALSE) else _skip(data, pos, element)
        return pos
    if kind == _MAP:
        size, pos = _varint(data, pos)
        if size:
            types = data[pos]
            pos += 1
            for _ in range(size):
                pos = _skip(data, _skip(data, pos, types >> 4), types & 0x0F)
        return pos
    if kind == _STRUCT:
        return _struct(data, pos, None, bytearray(), 0, 0)
    raise ValueError(f"Parquet footer: unknown Thrift type {kind}")


def _list_header(data: bytes, pos: int) -> tuple[int, int, int]:
    head = data[pos]
    pos += 1
    size = head >> 4
    if size == 15:
        size, pos = _varint(data, pos)
    return size, head & 0x0F, pos


def _field_header(data: bytes, pos: int, last_id: int) -> tuple[int, int, int]:
    """(field id, type, position after the header) of the field at ``pos``."""
    head = data[pos]
    pos += 1
    kind, delta = head & 0x0F, head >> 4
    if delta:
        return last_id + delta, kind, pos
    raw, pos = _varint(data, pos)
    return _unzigzag(raw), kind, pos


def _struct(data: bytes, pos: int, name: str | None, out: bytearray, shift: int, ordinal: int) -> int:
    """Copy the struct at ``pos`` to ``out`` (the fields of ``_FIELDS[name]`` rewritten); its end."""
    fields = _FIELDS.get(name, {}) if name else {}
    last_id = 0
    while True:
        start = pos
        if data[pos] == _STOP:
            out.append(_STOP)
            return pos + 1
        field_id, kind, pos = _field_header(data, pos, last_id)
        last_id = field_id
        out += data[start:pos]  # the header is the same: same id, same type, same previous field
        action = fields.get(field_id)
        if action == _OFFSET and kind == _I64:
            raw, pos = _varint(data, pos)
            offset = _unzigzag(raw)  # 0: unset (pyarrow writes the deprecated ColumnChunk.file_offset as 0)
            out += _encode_varint(_zigzag(offset + shift if offset else 0))
        elif action == _ORDINAL and kind == _I16:
            pos = _varint(data, pos)[1]
            out += _encode_varint(_zigzag(ordinal))
        elif action in _FIELDS and kind == _STRUCT:
            pos = _struct(data, pos, action, out, shift, ordinal)
        elif action in _FIELDS and kind == _LIST:
            size, element, after = _list_header(data, pos)
            out += data[pos:after]
            pos = after
            for _ in range(size):
                pos = _struct(data, pos, action, out, shift, ordinal)
        else:
            end = _skip(data, pos, kind)
            out += data[pos:end]
            pos = end


def split_footer(footer: bytes) -> tuple[list[tuple[int, bytes]], int, list[bytes]]:
    """A one-file ``FileMetaData`` -> (its fields but ``num_rows`` and ``row_groups`` as
    (id, header + value bytes), the number of rows, each ``RowGroup`` entry's bytes)."""
    fields: list[tuple[int, bytes]] = []
    groups: list[bytes] = []
    num_rows = 0
    pos, last_id = 0, 0
    while footer[pos] != _STOP:
        start = pos
        field_id, kind, pos = _field_header(footer, pos, last_id)
        last_id = field_id
        if field_id == _FILE_NUM_ROWS:
            raw, end = _varint(footer, pos)
            num_rows = _unzigzag(raw)
        elif field_id == _FILE_ROW_GROUPS:
            size, _element, end = _list_header(footer, pos)
            for _ in range(size):
                after = _skip(footer, end, _STRUCT)
                groups.append(footer[end:after])
                end = after
        else:
            end = _skip(footer, pos, kind)
        fields.append((field_id, footer[start:pos] if field_id in (_FILE_NUM_ROWS, _FILE_ROW_GROUPS) else footer[start:end]))
        pos = end
    return fields, num_rows, groups


def moved_row_group(entry: bytes, shift: int, ordinal: int) -> bytes:
    """A ``RowGroup`` footer entry with its file offsets moved by ``shift`` bytes and its ordinal set."""
    out = bytearray()
    _struct(entry, 0, "RowGroup", out, shift, ordinal)
    return bytes(out)


def _list_head(size: int, element: int) -> bytes:
    return bytes([(size << 4) | element]) if size < 15 else bytes([0xF0 | element]) + _encode_varint(size)


class RowGroupFile:
    """``write_table`` appends one row group (one contiguous table); ``close`` writes the footer.

    Memory: the scratch file's footer (one row group's) and a copy buffer; the entries of the
    row groups written so far lie in an unnamed temporary file in ``scratch_dir``.
    """

    def __init__(self, path: str | Path, schema: pa.Schema, scratch_dir: str | Path, **options):
        self.schema = schema
        self._options = options
        self._scratch_dir = str(scratch_dir)
        self._out: BinaryIO = open(path, "wb")  # noqa: SIM115 - closed by close()/abort()
        self._out.write(MAGIC)
        self._entries: IO[bytes] = tempfile.TemporaryFile(dir=self._scratch_dir, prefix=".rowgroups.", suffix=".tmp")  # noqa: SIM115
        self._groups = 0
        self._rows = 0
        self._fields: list[tuple[int, bytes]] | None = None

    def write_table(self, table: pa.Table) -> None:
        with tempfile.TemporaryFile(dir=self._scratch_dir, prefix=".rowgroup.", suffix=".tmp") as scratch:
            with pq.ParquetWriter(scratch, self.schema, **self._options) as writer:
                writer.write_table(table)
            size = scratch.seek(0, 2)
            scratch.seek(size - 8)
            tail = scratch.read(8)
            if tail[4:] != MAGIC:
                raise ValueError("pyarrow wrote no Parquet file")
            footer_len = struct.unpack("<I", tail[:4])[0]
            chunks_end = size - 8 - footer_len
            scratch.seek(chunks_end)
            fields, rows, groups = split_footer(scratch.read(footer_len))
            shift = self._out.tell() - len(MAGIC)
            scratch.seek(len(MAGIC))
            _copy(scratch, self._out, chunks_end - len(MAGIC))
        for entry in groups:
            data = moved_row_group(entry, shift, self._groups)
            self._entries.write(struct.pack("<I", len(data)) + data)
            self._groups += 1
        self._rows += rows
        self._fields = fields

    def close(self) -> None:
        if self._fields is None:  # nothing written: pyarrow's own empty file
            self.write_table(self.schema.empty_table())
        start = self._out.tell()
        for field_id, head in self._fields or []:
            self._out.write(head)
            if field_id == _FILE_NUM_ROWS:
                self._out.write(_encode_varint(_zigzag(self._rows)))
            elif field_id == _FILE_ROW_GROUPS:
                self._out.write(_list_head(self._groups, _STRUCT))
                self._entries.seek(0)
                for _ in range(self._groups):
                    (length,) = struct.unpack("<I", self._entries.read(4))
                    self._out.write(self._entries.read(length))
        self._out.write(bytes([_STOP]))
        self._out.write(struct.pack("<I", self._out.tell() - start) + MAGIC)
        self._out.close()
        self._entries.close()

    def abort(self) -> None:
        self._out.close()
        self._entries.close()


def _copy(source: IO[bytes], target: IO[bytes], length: int) -> None:
    while length > 0:
        block = source.read(min(COPY_BYTES, length))
        if not block:
            raise ValueError("Parquet scratch file ended early")
        target.write(block)
        length -= len(block)
