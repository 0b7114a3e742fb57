# Generated from assessments/schemas/instrument-changes.schema.json
# by tools/build_schemas.py with fastjsonschema 2.22.3: do not edit; change the schema and run
# `python tools/build_schemas.py`.
# mypy: ignore-errors
VERSION = '2.22.3'
import re


class JsonSchemaValueException(ValueError):
    pass


JsonSchemaValuesException = JsonSchemaValueException
QUESTION_TYPES = ()  # the registry this was generated for; another one is checked by jsonschema alone
REGEX_PATTERNS = {'^[a-z][a-z0-9_-]{0,63}$': re.compile('^[a-z][a-z0-9_-]{0,63}\\Z'), '^[a-z_]+(\\[[A-Za-z0-9_-]{1,64}\\])?(\\.[a-z_]+(\\[[A-Za-z0-9_-]{1,64}\\])?){0,7}$': re.compile('^[a-z_]+(\\[[A-Za-z0-9_-]{1,64}\\])?(\\.[a-z_]+(\\[[A-Za-z0-9_-]{1,64}\\])?){0,7}\\Z'), '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$': re.compile('^[0-9]+\\.[0-9]+(\\.[0-9]+)?\\Z')}
NoneType = type(None)

def validate_cds_instrument_changes_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['format', 'id', 'version', 'released', 'extends', 'changes']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if '$schema' in data_keys:
            data_keys.remove('$schema')
            data__schema = data['$schema']
            if not isinstance(data__schema, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.$schema must be string')
        if 'format' in data_keys:
            data_keys.remove('format')
            data__format = data['format']
            if not (isinstance(data__format, str) and data__format == 'cds-instrument-changes'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.format must be same as const definition: cds-instrument-changes')
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            if not isinstance(data__id, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.id must be string')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z][a-z0-9_-]{0,63}$'].search(data__id):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.id must match pattern ^[a-z][a-z0-9_-]{0,63}$')
        if 'version' in data_keys:
            data_keys.remove('version')
            data__version = data['version']
            validate_cds_instrument_changes_schema_json___defs_version(data__version, custom_formats, None)
        if 'released' in data_keys:
            data_keys.remove('released')
            data__released = data['released']
            if not isinstance(data__released, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.released must be string')
            if isinstance(data__released, str):
                if not custom_formats['date'](data__released):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.released must be date')
        if 'extends' in data_keys:
            data_keys.remove('extends')
            data__extends = data['extends']
            validate_cds_instrument_changes_schema_json___defs_version(data__extends, custom_formats, None)
        if 'changes' in data_keys:
            data_keys.remove('changes')
            data__changes = data['changes']
            if not isinstance(data__changes, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes must be array')
            data__changes_is_list = isinstance(data__changes, (list, tuple))
            if data__changes_is_list:
                data__changes_len = len(data__changes)
                if data__changes_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes must contain at least 1 items')
                if data__changes_len > 2000:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes must contain less than or equal to 2000 items')
                for data__changes_x, data__changes_item in enumerate(data__changes):
                    data__changes_item_one_of_count1 = 0
                    if data__changes_item_one_of_count1 < 2:
                        try:
                            if not isinstance(data__changes_item, dict):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must be object')
                            data__changes_item_is_dict = isinstance(data__changes_item, dict)
                            if data__changes_item_is_dict:
                                data__changes_item__missing_keys = set(['replace', 'value']) - data__changes_item.keys()
                                if data__changes_item__missing_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__changes_item__missing_keys)) + ' properties'))
                                data__changes_item_keys = set(data__changes_item.keys())
                                if 'replace' in data__changes_item_keys:
                                    data__changes_item_keys.remove('replace')
                                    data__changes_item__replace = data__changes_item['replace']
                                    validate_cds_instrument_changes_schema_json___defs_path(data__changes_item__replace, custom_formats, None)
                                if 'value' in data__changes_item_keys:
                                    data__changes_item_keys.remove('value')
                                    data__changes_item__value = data__changes_item['value']
                                if 'note' in data__changes_item_keys:
                                    data__changes_item_keys.remove('note')
                                    data__changes_item__note = data__changes_item['note']
                                    validate_cds_instrument_changes_schema_json___defs_note(data__changes_item__note, custom_formats, None)
                                if data__changes_item_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must not contain ' + str(data__changes_item_keys) + ' properties')
                            data__changes_item_one_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__changes_item_one_of_count1 < 2:
                        try:
                            if not isinstance(data__changes_item, dict):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must be object')
                            data__changes_item_is_dict = isinstance(data__changes_item, dict)
                            if data__changes_item_is_dict:
                                data__changes_item__missing_keys = set(['add', 'value']) - data__changes_item.keys()
                                if data__changes_item__missing_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__changes_item__missing_keys)) + ' properties'))
                                data__changes_item_keys = set(data__changes_item.keys())
                                if 'add' in data__changes_item_keys:
                                    data__changes_item_keys.remove('add')
                                    data__changes_item__add = data__changes_item['add']
                                    validate_cds_instrument_changes_schema_json___defs_path(data__changes_item__add, custom_formats, None)
                                if 'value' in data__changes_item_keys:
                                    data__changes_item_keys.remove('value')
                                    data__changes_item__value = data__changes_item['value']
                                if 'note' in data__changes_item_keys:
                                    data__changes_item_keys.remove('note')
                                    data__changes_item__note = data__changes_item['note']
                                    validate_cds_instrument_changes_schema_json___defs_note(data__changes_item__note, custom_formats, None)
                                if 'after' in data__changes_item_keys:
                                    data__changes_item_keys.remove('after')
                                    data__changes_item__after = data__changes_item['after']
                                    if not isinstance(data__changes_item__after, (str, int)) and (not (isinstance(data__changes_item__after, float) and data__changes_item__after.is_integer())) or isinstance(data__changes_item__after, bool):
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}].after'.format(**locals()) + ' must be string or integer')
                                if data__changes_item_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must not contain ' + str(data__changes_item_keys) + ' properties')
                            data__changes_item_one_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__changes_item_one_of_count1 < 2:
                        try:
                            if not isinstance(data__changes_item, dict):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must be object')
                            data__changes_item_is_dict = isinstance(data__changes_item, dict)
                            if data__changes_item_is_dict:
                                data__changes_item__missing_keys = set(['remove']) - data__changes_item.keys()
                                if data__changes_item__missing_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__changes_item__missing_keys)) + ' properties'))
                                data__changes_item_keys = set(data__changes_item.keys())
                                if 'remove' in data__changes_item_keys:
                                    data__changes_item_keys.remove('remove')
                                    data__changes_item__remove = data__changes_item['remove']
                                    validate_cds_instrument_changes_schema_json___defs_path(data__changes_item__remove, custom_formats, None)
                                if 'note' in data__changes_item_keys:
                                    data__changes_item_keys.remove('note')
                                    data__changes_item__note = data__changes_item['note']
                                    validate_cds_instrument_changes_schema_json___defs_note(data__changes_item__note, custom_formats, None)
                                if data__changes_item_keys:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must not contain ' + str(data__changes_item_keys) + ' properties')
                            data__changes_item_one_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__changes_item_one_of_count1 != 1:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.changes[{data__changes_x}]'.format(**locals()) + ' must be valid exactly by one definition' + (' (' + str(data__changes_item_one_of_count1) + ' matches found)'))
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_instrument_changes_schema_json___defs_note(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 1000:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be shorter than or equal to 1000 characters')
    return data

def validate_cds_instrument_changes_schema_json___defs_path(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 300:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be shorter than or equal to 300 characters')
        if not REGEX_PATTERNS['^[a-z_]+(\\[[A-Za-z0-9_-]{1,64}\\])?(\\.[a-z_]+(\\[[A-Za-z0-9_-]{1,64}\\])?){0,7}$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z_]+(\\[[A-Za-z0-9_-]{1,64}\\])?(\\.[a-z_]+(\\[[A-Za-z0-9_-]{1,64}\\])?){0,7}$')
    return data

def validate_cds_instrument_changes_schema_json___defs_version(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]+\\.[0-9]+(\\.[0-9]+)?$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[0-9]+\\.[0-9]+(\\.[0-9]+)?$')
    return data


validate = validate_cds_instrument_changes_schema_json
