# Generated from assessments/schemas/catalog-manifest.schema.json
# by tools/build_schemas.py with fastjsonschema 2.22.3: do not edit; change the schema and run
# `python tools/build_schemas.py`.
# mypy: ignore-errors
VERSION = '2.22.3'
import re


class JsonSchemaValueException(ValueError):
    pass


JsonSchemaValuesException = JsonSchemaValueException
QUESTION_TYPES = ()  # the registry this was generated for; another one is checked by jsonschema alone
REGEX_PATTERNS = {'^[a-z][a-z0-9_-]{0,63}$': re.compile('^[a-z][a-z0-9_-]{0,63}\\Z'), '^[0-9]{1,6}(\\.[0-9]{1,6}){0,3}$': re.compile('^[0-9]{1,6}(\\.[0-9]{1,6}){0,3}\\Z')}
NoneType = type(None)

def validate_cds_catalog_manifest_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'version', 'as_of', 'review_by', 'publisher', 'changes']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if '$schema' in data_keys:
            data_keys.remove('$schema')
            data__schema = data['$schema']
            if not isinstance(data__schema, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.$schema must be string')
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
            if not isinstance(data__version, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.version must be string')
            if isinstance(data__version, str):
                if not REGEX_PATTERNS['^[0-9]{1,6}(\\.[0-9]{1,6}){0,3}$'].search(data__version):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.version must match pattern ^[0-9]{1,6}(\\.[0-9]{1,6}){0,3}$')
        if 'as_of' in data_keys:
            data_keys.remove('as_of')
            data__asof = data['as_of']
            if not isinstance(data__asof, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.as_of must be string')
            if isinstance(data__asof, str):
                if not custom_formats['date'](data__asof):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.as_of must be date')
        if 'review_by' in data_keys:
            data_keys.remove('review_by')
            data__reviewby = data['review_by']
            if not isinstance(data__reviewby, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.review_by must be string')
            if isinstance(data__reviewby, str):
                if not custom_formats['date'](data__reviewby):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.review_by must be date')
        if 'publisher' in data_keys:
            data_keys.remove('publisher')
            data__publisher = data['publisher']
            validate_cds_catalog_manifest_schema_json___defs_text(data__publisher, custom_formats, None)
        if 'changes' in data_keys:
            data_keys.remove('changes')
            data__changes = data['changes']
            validate_cds_catalog_manifest_schema_json___defs_text(data__changes, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_catalog_manifest_schema_json___defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['vi', 'en']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'vi' in data_keys:
            data_keys.remove('vi')
            data__vi = data['vi']
            if not isinstance(data__vi, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.vi must be string')
            if isinstance(data__vi, str):
                data__vi_len = len(data__vi)
                if data__vi_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.vi must be longer than or equal to 1 characters')
                if data__vi_len > 4000:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.vi must be shorter than or equal to 4000 characters')
        if 'en' in data_keys:
            data_keys.remove('en')
            data__en = data['en']
            if not isinstance(data__en, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be string')
            if isinstance(data__en, str):
                data__en_len = len(data__en)
                if data__en_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be longer than or equal to 1 characters')
                if data__en_len > 4000:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be shorter than or equal to 4000 characters')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data


validate = validate_cds_catalog_manifest_schema_json
