# Generated from assessments/schemas/instrument.schema.json (with the question types ladder, checklist)
# by tools/build_schemas.py with fastjsonschema 2.22.3: do not edit; change the schema and run
# `python tools/build_schemas.py`.
# mypy: ignore-errors
VERSION = '2.22.3'
import re


class JsonSchemaValueException(ValueError):
    pass


JsonSchemaValuesException = JsonSchemaValueException
QUESTION_TYPES = ('ladder', 'checklist')  # the registry this was generated for; another one is checked by jsonschema alone
REGEX_PATTERNS = {'^[0-9]+\\.[0-9]+(\\.[0-9]+)?$': re.compile('^[0-9]+\\.[0-9]+(\\.[0-9]+)?\\Z'), '^[a-z][a-z0-9_]{0,63}$': re.compile('^[a-z][a-z0-9_]{0,63}\\Z'), '^[a-z][a-z0-9_-]*$': re.compile('^[a-z][a-z0-9_-]*\\Z')}
NoneType = type(None)

def validate_cds_instrument_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['format', 'id', 'version', 'released', 'name', 'areas', 'pillars', 'questions']) - data.keys()
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
            if not (isinstance(data__format, str) and data__format == 'cds-instrument'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.format must be same as const definition: cds-instrument')
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_cds_instrument_schema_json___defs_identifier(data__id, custom_formats, None)
        if 'version' in data_keys:
            data_keys.remove('version')
            data__version = data['version']
            if not isinstance(data__version, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.version must be string')
            if isinstance(data__version, str):
                if not REGEX_PATTERNS['^[0-9]+\\.[0-9]+(\\.[0-9]+)?$'].search(data__version):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.version must match pattern ^[0-9]+\\.[0-9]+(\\.[0-9]+)?$')
        if 'released' in data_keys:
            data_keys.remove('released')
            data__released = data['released']
            if not isinstance(data__released, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.released must be string')
            if isinstance(data__released, str):
                if not custom_formats['date'](data__released):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.released must be date')
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            validate_cds_instrument_schema_json___defs_text(data__name, custom_formats, None)
        if 'description' in data_keys:
            data_keys.remove('description')
            data__description = data['description']
            validate_cds_instrument_schema_json___defs_text(data__description, custom_formats, None)
        if 'areas' in data_keys:
            data_keys.remove('areas')
            data__areas = data['areas']
            if not isinstance(data__areas, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.areas must be array')
            data__areas_is_list = isinstance(data__areas, (list, tuple))
            if data__areas_is_list:
                data__areas_len = len(data__areas)
                if data__areas_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.areas must contain at least 1 items')
                for data__areas_x, data__areas_item in enumerate(data__areas):
                    if not isinstance(data__areas_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.areas[{data__areas_x}]'.format(**locals()) + ' must be object')
                    data__areas_item_is_dict = isinstance(data__areas_item, dict)
                    if data__areas_item_is_dict:
                        data__areas_item__missing_keys = set(['id', 'name']) - data__areas_item.keys()
                        if data__areas_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.areas[{data__areas_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__areas_item__missing_keys)) + ' properties'))
                        data__areas_item_keys = set(data__areas_item.keys())
                        if 'id' in data__areas_item_keys:
                            data__areas_item_keys.remove('id')
                            data__areas_item__id = data__areas_item['id']
                            if not (isinstance(data__areas_item__id, str) and data__areas_item__id == 'business' or (isinstance(data__areas_item__id, str) and data__areas_item__id == 'management') or (isinstance(data__areas_item__id, str) and data__areas_item__id == 'production') or (isinstance(data__areas_item__id, str) and data__areas_item__id == 'ecommerce') or (isinstance(data__areas_item__id, str) and data__areas_item__id == 'foundation')):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.areas[{data__areas_x}].id'.format(**locals()) + " must be one of ['business', 'management', 'production', 'ecommerce', 'foundation']")
                        if 'name' in data__areas_item_keys:
                            data__areas_item_keys.remove('name')
                            data__areas_item__name = data__areas_item['name']
                            validate_cds_instrument_schema_json___defs_text(data__areas_item__name, custom_formats, None)
                        if 'description' in data__areas_item_keys:
                            data__areas_item_keys.remove('description')
                            data__areas_item__description = data__areas_item['description']
                            validate_cds_instrument_schema_json___defs_text(data__areas_item__description, custom_formats, None)
                        if data__areas_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.areas[{data__areas_x}]'.format(**locals()) + ' must not contain ' + str(data__areas_item_keys) + ' properties')
        if 'pillars' in data_keys:
            data_keys.remove('pillars')
            data__pillars = data['pillars']
            if not isinstance(data__pillars, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.pillars must be array')
            data__pillars_is_list = isinstance(data__pillars, (list, tuple))
            if data__pillars_is_list:
                data__pillars_len = len(data__pillars)
                if data__pillars_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.pillars must contain at least 1 items')
                for data__pillars_x, data__pillars_item in enumerate(data__pillars):
                    if not isinstance(data__pillars_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.pillars[{data__pillars_x}]'.format(**locals()) + ' must be object')
                    data__pillars_item_is_dict = isinstance(data__pillars_item, dict)
                    if data__pillars_item_is_dict:
                        data__pillars_item__missing_keys = set(['id', 'name']) - data__pillars_item.keys()
                        if data__pillars_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.pillars[{data__pillars_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__pillars_item__missing_keys)) + ' properties'))
                        data__pillars_item_keys = set(data__pillars_item.keys())
                        if 'id' in data__pillars_item_keys:
                            data__pillars_item_keys.remove('id')
                            data__pillars_item__id = data__pillars_item['id']
                            if not (isinstance(data__pillars_item__id, str) and data__pillars_item__id == 'customer' or (isinstance(data__pillars_item__id, str) and data__pillars_item__id == 'strategy') or (isinstance(data__pillars_item__id, str) and data__pillars_item__id == 'technology') or (isinstance(data__pillars_item__id, str) and data__pillars_item__id == 'operations') or (isinstance(data__pillars_item__id, str) and data__pillars_item__id == 'culture') or (isinstance(data__pillars_item__id, str) and data__pillars_item__id == 'data')):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.pillars[{data__pillars_x}].id'.format(**locals()) + " must be one of ['customer', 'strategy', 'technology', 'operations', 'culture', 'data']")
                        if 'name' in data__pillars_item_keys:
                            data__pillars_item_keys.remove('name')
                            data__pillars_item__name = data__pillars_item['name']
                            validate_cds_instrument_schema_json___defs_text(data__pillars_item__name, custom_formats, None)
                        if 'description' in data__pillars_item_keys:
                            data__pillars_item_keys.remove('description')
                            data__pillars_item__description = data__pillars_item['description']
                            validate_cds_instrument_schema_json___defs_text(data__pillars_item__description, custom_formats, None)
                        if data__pillars_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.pillars[{data__pillars_x}]'.format(**locals()) + ' must not contain ' + str(data__pillars_item_keys) + ' properties')
        if 'questions' in data_keys:
            data_keys.remove('questions')
            data__questions = data['questions']
            if not isinstance(data__questions, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.questions must be array')
            data__questions_is_list = isinstance(data__questions, (list, tuple))
            if data__questions_is_list:
                data__questions_len = len(data__questions)
                if data__questions_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.questions must contain at least 1 items')
                for data__questions_x, data__questions_item in enumerate(data__questions):
                    validate_cds_instrument_schema_json___defs_question(data__questions_item, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_instrument_schema_json___defs_question(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'ladder'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: ladder')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['options']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
        else:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must NOT match a disallowed definition')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['levels']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if 'type' in data_keys:
                data_keys.remove('type')
                data__type = data['type']
                if not (isinstance(data__type, str) and data__type == 'checklist'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.type must be same as const definition: checklist')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['levels']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
        else:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must NOT match a disallowed definition')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['options']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['applies_if']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['skip_reason']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'area', 'pillar', 'type', 'weight', 'text', 'help', 'example', 'effort', 'cost', 'funding']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_cds_instrument_schema_json___defs_identifier(data__id, custom_formats, None)
        if 'area' in data_keys:
            data_keys.remove('area')
            data__area = data['area']
            if not (isinstance(data__area, str) and data__area == 'business' or (isinstance(data__area, str) and data__area == 'management') or (isinstance(data__area, str) and data__area == 'production') or (isinstance(data__area, str) and data__area == 'ecommerce') or (isinstance(data__area, str) and data__area == 'foundation')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".area must be one of ['business', 'management', 'production', 'ecommerce', 'foundation']")
        if 'pillar' in data_keys:
            data_keys.remove('pillar')
            data__pillar = data['pillar']
            if not (isinstance(data__pillar, str) and data__pillar == 'customer' or (isinstance(data__pillar, str) and data__pillar == 'strategy') or (isinstance(data__pillar, str) and data__pillar == 'technology') or (isinstance(data__pillar, str) and data__pillar == 'operations') or (isinstance(data__pillar, str) and data__pillar == 'culture') or (isinstance(data__pillar, str) and data__pillar == 'data')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".pillar must be one of ['customer', 'strategy', 'technology', 'operations', 'culture', 'data']")
        if 'topic' in data_keys:
            data_keys.remove('topic')
            data__topic = data['topic']
            validate_cds_instrument_schema_json___defs_text(data__topic, custom_formats, None)
        if 'type' in data_keys:
            data_keys.remove('type')
            data__type = data['type']
            if not (isinstance(data__type, str) and data__type == 'ladder' or (isinstance(data__type, str) and data__type == 'checklist')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".type must be one of ['ladder', 'checklist']")
        if 'weight' in data_keys:
            data_keys.remove('weight')
            data__weight = data['weight']
            if not isinstance(data__weight, (int, float)) or isinstance(data__weight, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.weight must be number')
            if isinstance(data__weight, (int, float)) and (not isinstance(data__weight, bool)):
                if data__weight > 5:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.weight must be smaller than or equal to 5')
                if data__weight <= 0:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.weight must be bigger than 0')
        if 'text' in data_keys:
            data_keys.remove('text')
            data__text = data['text']
            validate_cds_instrument_schema_json___defs_text(data__text, custom_formats, None)
        if 'help' in data_keys:
            data_keys.remove('help')
            data__help = data['help']
            validate_cds_instrument_schema_json___defs_text(data__help, custom_formats, None)
        if 'example' in data_keys:
            data_keys.remove('example')
            data__example = data['example']
            validate_cds_instrument_schema_json___defs_text(data__example, custom_formats, None)
        if 'na_allowed' in data_keys:
            data_keys.remove('na_allowed')
            data__naallowed = data['na_allowed']
            if not isinstance(data__naallowed, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.na_allowed must be boolean')
        if 'applies_if' in data_keys:
            data_keys.remove('applies_if')
            data__appliesif = data['applies_if']
            validate_cds_instrument_schema_json___defs_condition(data__appliesif, custom_formats, None)
        if 'skip_reason' in data_keys:
            data_keys.remove('skip_reason')
            data__skipreason = data['skip_reason']
            validate_cds_instrument_schema_json___defs_text(data__skipreason, custom_formats, None)
        if 'effort' in data_keys:
            data_keys.remove('effort')
            data__effort = data['effort']
            if not (isinstance(data__effort, str) and data__effort == 'low' or (isinstance(data__effort, str) and data__effort == 'medium') or (isinstance(data__effort, str) and data__effort == 'high')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".effort must be one of ['low', 'medium', 'high']")
        if 'cost' in data_keys:
            data_keys.remove('cost')
            data__cost = data['cost']
            if not (isinstance(data__cost, str) and data__cost == 'low' or (isinstance(data__cost, str) and data__cost == 'medium') or (isinstance(data__cost, str) and data__cost == 'high')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".cost must be one of ['low', 'medium', 'high']")
        if 'funding' in data_keys:
            data_keys.remove('funding')
            data__funding = data['funding']
            if not isinstance(data__funding, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding must be array')
            data__funding_is_list = isinstance(data__funding, (list, tuple))
            if data__funding_is_list:

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__funding_len = len(data__funding)
                if data__funding_len > len(set((fn(data__funding_x) for data__funding_x in data__funding))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding must contain unique items')
                for data__funding_x, data__funding_item in enumerate(data__funding):
                    validate_cds_instrument_schema_json___defs_funding_category(data__funding_item, custom_formats, None)
        if 'levels' in data_keys:
            data_keys.remove('levels')
            data__levels = data['levels']
            if not isinstance(data__levels, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.levels must be array')
            data__levels_is_list = isinstance(data__levels, (list, tuple))
            if data__levels_is_list:
                data__levels_len = len(data__levels)
                if data__levels_len < 6:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.levels must contain at least 6 items')
                if data__levels_len > 6:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.levels must contain less than or equal to 6 items')
                for data__levels_x, data__levels_item in enumerate(data__levels):
                    validate_cds_instrument_schema_json___defs_level(data__levels_item, custom_formats, None)
        if 'options' in data_keys:
            data_keys.remove('options')
            data__options = data['options']
            if not isinstance(data__options, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.options must be array')
            data__options_is_list = isinstance(data__options, (list, tuple))
            if data__options_is_list:
                data__options_len = len(data__options)
                if data__options_len < 2:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.options must contain at least 2 items')
                for data__options_x, data__options_item in enumerate(data__options):
                    validate_cds_instrument_schema_json___defs_option(data__options_item, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_instrument_schema_json___defs_option(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_cds_instrument_schema_json___defs_identifier(data__id, custom_formats, None)
        if 'text' in data_keys:
            data_keys.remove('text')
            data__text = data['text']
            validate_cds_instrument_schema_json___defs_text(data__text, custom_formats, None)
        if 'exclusive' in data_keys:
            data_keys.remove('exclusive')
            data__exclusive = data['exclusive']
            if not isinstance(data__exclusive, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.exclusive must be boolean')
        if 'not_relevant_allowed' in data_keys:
            data_keys.remove('not_relevant_allowed')
            data__notrelevantallowed = data['not_relevant_allowed']
            if not isinstance(data__notrelevantallowed, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.not_relevant_allowed must be boolean')
        if 'step' in data_keys:
            data_keys.remove('step')
            data__step = data['step']
            validate_cds_instrument_schema_json___defs_text(data__step, custom_formats, None)
        if 'funding' in data_keys:
            data_keys.remove('funding')
            data__funding = data['funding']
            if not isinstance(data__funding, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding must be array')
            data__funding_is_list = isinstance(data__funding, (list, tuple))
            if data__funding_is_list:

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__funding_len = len(data__funding)
                if data__funding_len > len(set((fn(data__funding_x) for data__funding_x in data__funding))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding must contain unique items')
                for data__funding_x, data__funding_item in enumerate(data__funding):
                    validate_cds_instrument_schema_json___defs_funding_category(data__funding_item, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_instrument_schema_json___defs_level(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['level', 'text']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'level' in data_keys:
            data_keys.remove('level')
            data__level = data['level']
            if not isinstance(data__level, int) and (not (isinstance(data__level, float) and data__level.is_integer())) or isinstance(data__level, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.level must be integer')
            if isinstance(data__level, (int, float)) and (not isinstance(data__level, bool)):
                if data__level < 0:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.level must be bigger than or equal to 0')
                if data__level > 5:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.level must be smaller than or equal to 5')
        if 'text' in data_keys:
            data_keys.remove('text')
            data__text = data['text']
            validate_cds_instrument_schema_json___defs_text(data__text, custom_formats, None)
        if 'next_step' in data_keys:
            data_keys.remove('next_step')
            data__nextstep = data['next_step']
            validate_cds_instrument_schema_json___defs_text(data__nextstep, custom_formats, None)
        if 'funding' in data_keys:
            data_keys.remove('funding')
            data__funding = data['funding']
            if not isinstance(data__funding, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding must be array')
            data__funding_is_list = isinstance(data__funding, (list, tuple))
            if data__funding_is_list:

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__funding_len = len(data__funding)
                if data__funding_len > len(set((fn(data__funding_x) for data__funding_x in data__funding))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding must contain unique items')
                for data__funding_x, data__funding_item in enumerate(data__funding):
                    validate_cds_instrument_schema_json___defs_funding_category(data__funding_item, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_instrument_schema_json___defs_funding_category(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z][a-z0-9_]{0,63}$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z][a-z0-9_]{0,63}$')
    return data

def validate_cds_instrument_schema_json___defs_condition(data, custom_formats={}, name_prefix=None):
    data_one_of_count1 = 0
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['all']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
                data_keys = set(data.keys())
                if 'all' in data_keys:
                    data_keys.remove('all')
                    data__all = data['all']
                    if not isinstance(data__all, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.all must be array')
                    data__all_is_list = isinstance(data__all, (list, tuple))
                    if data__all_is_list:
                        data__all_len = len(data__all)
                        if data__all_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.all must contain at least 1 items')
                        for data__all_x, data__all_item in enumerate(data__all):
                            validate_cds_instrument_schema_json___defs_condition(data__all_item, custom_formats, None)
                if data_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['any']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
                data_keys = set(data.keys())
                if 'any' in data_keys:
                    data_keys.remove('any')
                    data__any = data['any']
                    if not isinstance(data__any, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.any must be array')
                    data__any_is_list = isinstance(data__any, (list, tuple))
                    if data__any_is_list:
                        data__any_len = len(data__any)
                        if data__any_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.any must contain at least 1 items')
                        for data__any_x, data__any_item in enumerate(data__any):
                            validate_cds_instrument_schema_json___defs_condition(data__any_item, custom_formats, None)
                if data_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['not']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
                data_keys = set(data.keys())
                if 'not' in data_keys:
                    data_keys.remove('not')
                    data__not = data['not']
                    validate_cds_instrument_schema_json___defs_condition(data__not, custom_formats, None)
                if data_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['profile', 'in']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
                data_keys = set(data.keys())
                if 'profile' in data_keys:
                    data_keys.remove('profile')
                    data__profile = data['profile']
                    if not (isinstance(data__profile, str) and data__profile == 'entity_type' or (isinstance(data__profile, str) and data__profile == 'sector') or (isinstance(data__profile, str) and data__profile == 'size_class') or (isinstance(data__profile, str) and data__profile == 'province') or (isinstance(data__profile, str) and data__profile == 'produces_goods')):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + ".profile must be one of ['entity_type', 'sector', 'size_class', 'province', 'produces_goods']")
                if 'in' in data_keys:
                    data_keys.remove('in')
                    data__in = data['in']
                    if not isinstance(data__in, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.in must be array')
                    data__in_is_list = isinstance(data__in, (list, tuple))
                    if data__in_is_list:
                        data__in_len = len(data__in)
                        if data__in_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.in must contain at least 1 items')
                        for data__in_x, data__in_item in enumerate(data__in):
                            if not isinstance(data__in_item, (str, bool)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.in[{data__in_x}]'.format(**locals()) + ' must be string or boolean')
                if data_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['answer', 'min_level']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
                data_keys = set(data.keys())
                if 'answer' in data_keys:
                    data_keys.remove('answer')
                    data__answer = data['answer']
                    validate_cds_instrument_schema_json___defs_identifier(data__answer, custom_formats, None)
                if 'min_level' in data_keys:
                    data_keys.remove('min_level')
                    data__minlevel = data['min_level']
                    if not isinstance(data__minlevel, int) and (not (isinstance(data__minlevel, float) and data__minlevel.is_integer())) or isinstance(data__minlevel, bool):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.min_level must be integer')
                    if isinstance(data__minlevel, (int, float)) and (not isinstance(data__minlevel, bool)):
                        if data__minlevel < 0:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.min_level must be bigger than or equal to 0')
                        if data__minlevel > 5:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.min_level must be smaller than or equal to 5')
                if data_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['answer', 'selected_any']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
                data_keys = set(data.keys())
                if 'answer' in data_keys:
                    data_keys.remove('answer')
                    data__answer = data['answer']
                    validate_cds_instrument_schema_json___defs_identifier(data__answer, custom_formats, None)
                if 'selected_any' in data_keys:
                    data_keys.remove('selected_any')
                    data__selectedany = data['selected_any']
                    if not isinstance(data__selectedany, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.selected_any must be array')
                    data__selectedany_is_list = isinstance(data__selectedany, (list, tuple))
                    if data__selectedany_is_list:
                        data__selectedany_len = len(data__selectedany)
                        if data__selectedany_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.selected_any must contain at least 1 items')
                        for data__selectedany_x, data__selectedany_item in enumerate(data__selectedany):
                            validate_cds_instrument_schema_json___defs_identifier(data__selectedany_item, custom_formats, None)
                if data_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count1 != 1:
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be valid exactly by one definition' + (' (' + str(data_one_of_count1) + ' matches found)'))
    return data

def validate_cds_instrument_schema_json___defs_text(data, custom_formats={}, name_prefix=None):
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
        if 'en' in data_keys:
            data_keys.remove('en')
            data__en = data['en']
            if not isinstance(data__en, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be string')
            if isinstance(data__en, str):
                data__en_len = len(data__en)
                if data__en_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be longer than or equal to 1 characters')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_instrument_schema_json___defs_identifier(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z][a-z0-9_-]*$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z][a-z0-9_-]*$')
    return data


validate = validate_cds_instrument_schema_json
