# Generated from assessments/schemas/vocabulary.schema.json
# by tools/build_schemas.py with fastjsonschema 2.22.3: do not edit; change the schema and run
# `python tools/build_schemas.py`.
# mypy: ignore-errors
VERSION = '2.22.3'
import re


class JsonSchemaValueException(ValueError):
    pass


JsonSchemaValuesException = JsonSchemaValueException
QUESTION_TYPES = ()  # the registry this was generated for; another one is checked by jsonschema alone
REGEX_PATTERNS = {'^[a-z][a-z0-9_]{0,63}$': re.compile('^[a-z][a-z0-9_]{0,63}\\Z')}
NoneType = type(None)

def validate_cds_vocabulary_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['format', 'format_version', 'funding_categories', 'entity_types', 'sectors', 'provinces']) - data.keys()
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
            if not (isinstance(data__format, str) and data__format == 'cds-vocabulary'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.format must be same as const definition: cds-vocabulary')
        if 'format_version' in data_keys:
            data_keys.remove('format_version')
            data__formatversion = data['format_version']
            if not (isinstance(data__formatversion, (int, float)) and (not isinstance(data__formatversion, bool)) and (data__formatversion == 1)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.format_version must be same as const definition: 1')
        if 'funding_categories' in data_keys:
            data_keys.remove('funding_categories')
            data__fundingcategories = data['funding_categories']
            if not isinstance(data__fundingcategories, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding_categories must be object')
            data__fundingcategories_is_dict = isinstance(data__fundingcategories, dict)
            if data__fundingcategories_is_dict:
                data__fundingcategories_len = len(data__fundingcategories)
                if data__fundingcategories_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding_categories must contain at least 1 properties')
                if data__fundingcategories_len > 200:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding_categories must contain less than or equal to 200 properties')
                data__fundingcategories_keys = set(data__fundingcategories.keys())
                for data__fundingcategories_key in data__fundingcategories_keys:
                    if data__fundingcategories_key not in []:
                        data__fundingcategories_value = data__fundingcategories.get(data__fundingcategories_key)
                        validate_cds_vocabulary_schema_json___defs_text(data__fundingcategories_value, custom_formats, None)
                if data__fundingcategories_len != 0:
                    data__fundingcategories_property_names = True
                    for data__fundingcategories_key in data__fundingcategories:
                        try:
                            validate_cds_vocabulary_schema_json___defs_id(data__fundingcategories_key, custom_formats, None)
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__fundingcategories_property_names = False
                    if not data__fundingcategories_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funding_categories must be named by propertyName definition')
        if 'entity_types' in data_keys:
            data_keys.remove('entity_types')
            data__entitytypes = data['entity_types']
            if not isinstance(data__entitytypes, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types must be object')
            data__entitytypes_is_dict = isinstance(data__entitytypes, dict)
            if data__entitytypes_is_dict:
                data__entitytypes_len = len(data__entitytypes)
                if data__entitytypes_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types must contain at least 1 properties')
                if data__entitytypes_len > 50:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types must contain less than or equal to 50 properties')
                data__entitytypes_keys = set(data__entitytypes.keys())
                for data__entitytypes_key in data__entitytypes_keys:
                    if data__entitytypes_key not in []:
                        data__entitytypes_value = data__entitytypes.get(data__entitytypes_key)
                        if not isinstance(data__entitytypes_value, dict):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types.{data__entitytypes_key}'.format(**locals()) + ' must be object')
                        data__entitytypes_value_is_dict = isinstance(data__entitytypes_value, dict)
                        if data__entitytypes_value_is_dict:
                            data__entitytypes_value__missing_keys = set(['name', 'sme_size_class']) - data__entitytypes_value.keys()
                            if data__entitytypes_value__missing_keys:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types.{data__entitytypes_key}'.format(**locals()) + ' must contain ' + (str(sorted(data__entitytypes_value__missing_keys)) + ' properties'))
                            data__entitytypes_value_keys = set(data__entitytypes_value.keys())
                            if 'name' in data__entitytypes_value_keys:
                                data__entitytypes_value_keys.remove('name')
                                data__entitytypes_value__name = data__entitytypes_value['name']
                                validate_cds_vocabulary_schema_json___defs_text(data__entitytypes_value__name, custom_formats, None)
                            if 'sme_size_class' in data__entitytypes_value_keys:
                                data__entitytypes_value_keys.remove('sme_size_class')
                                data__entitytypes_value__smesizeclass = data__entitytypes_value['sme_size_class']
                                if not isinstance(data__entitytypes_value__smesizeclass, bool):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types.{data__entitytypes_key}.sme_size_class'.format(**locals()) + ' must be boolean')
                            if 'size_class_estimate' in data__entitytypes_value_keys:
                                data__entitytypes_value_keys.remove('size_class_estimate')
                                data__entitytypes_value__sizeclassestimate = data__entitytypes_value['size_class_estimate']
                                if not isinstance(data__entitytypes_value__sizeclassestimate, bool):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types.{data__entitytypes_key}.size_class_estimate'.format(**locals()) + ' must be boolean')
                            if data__entitytypes_value_keys:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types.{data__entitytypes_key}'.format(**locals()) + ' must not contain ' + str(data__entitytypes_value_keys) + ' properties')
                if data__entitytypes_len != 0:
                    data__entitytypes_property_names = True
                    for data__entitytypes_key in data__entitytypes:
                        try:
                            validate_cds_vocabulary_schema_json___defs_id(data__entitytypes_key, custom_formats, None)
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__entitytypes_property_names = False
                    if not data__entitytypes_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.entity_types must be named by propertyName definition')
        if 'sectors' in data_keys:
            data_keys.remove('sectors')
            data__sectors = data['sectors']
            if not isinstance(data__sectors, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors must be object')
            data__sectors_is_dict = isinstance(data__sectors, dict)
            if data__sectors_is_dict:
                data__sectors_len = len(data__sectors)
                if data__sectors_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors must contain at least 1 properties')
                if data__sectors_len > 50:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors must contain less than or equal to 50 properties')
                data__sectors_keys = set(data__sectors.keys())
                for data__sectors_key in data__sectors_keys:
                    if data__sectors_key not in []:
                        data__sectors_value = data__sectors.get(data__sectors_key)
                        if not isinstance(data__sectors_value, dict):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors.{data__sectors_key}'.format(**locals()) + ' must be object')
                        data__sectors_value_is_dict = isinstance(data__sectors_value, dict)
                        if data__sectors_value_is_dict:
                            data__sectors_value__missing_keys = set(['name', 'size_column', 'makes_goods']) - data__sectors_value.keys()
                            if data__sectors_value__missing_keys:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors.{data__sectors_key}'.format(**locals()) + ' must contain ' + (str(sorted(data__sectors_value__missing_keys)) + ' properties'))
                            data__sectors_value_keys = set(data__sectors_value.keys())
                            if 'name' in data__sectors_value_keys:
                                data__sectors_value_keys.remove('name')
                                data__sectors_value__name = data__sectors_value['name']
                                validate_cds_vocabulary_schema_json___defs_text(data__sectors_value__name, custom_formats, None)
                            if 'size_column' in data__sectors_value_keys:
                                data__sectors_value_keys.remove('size_column')
                                data__sectors_value__sizecolumn = data__sectors_value['size_column']
                                if not (isinstance(data__sectors_value__sizecolumn, str) and data__sectors_value__sizecolumn == 'agriculture_industry' or (isinstance(data__sectors_value__sizecolumn, str) and data__sectors_value__sizecolumn == 'trade_services')):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors.{data__sectors_key}.size_column'.format(**locals()) + " must be one of ['agriculture_industry', 'trade_services']")
                            if 'makes_goods' in data__sectors_value_keys:
                                data__sectors_value_keys.remove('makes_goods')
                                data__sectors_value__makesgoods = data__sectors_value['makes_goods']
                                if not isinstance(data__sectors_value__makesgoods, bool):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors.{data__sectors_key}.makes_goods'.format(**locals()) + ' must be boolean')
                            if data__sectors_value_keys:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors.{data__sectors_key}'.format(**locals()) + ' must not contain ' + str(data__sectors_value_keys) + ' properties')
                if data__sectors_len != 0:
                    data__sectors_property_names = True
                    for data__sectors_key in data__sectors:
                        try:
                            validate_cds_vocabulary_schema_json___defs_id(data__sectors_key, custom_formats, None)
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__sectors_property_names = False
                    if not data__sectors_property_names:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sectors must be named by propertyName definition')
        if 'provinces' in data_keys:
            data_keys.remove('provinces')
            data__provinces = data['provinces']
            if not isinstance(data__provinces, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces must be array')
            data__provinces_is_list = isinstance(data__provinces, (list, tuple))
            if data__provinces_is_list:
                data__provinces_len = len(data__provinces)
                if data__provinces_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces must contain at least 1 items')
                if data__provinces_len > 100:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces must contain less than or equal to 100 items')
                for data__provinces_x, data__provinces_item in enumerate(data__provinces):
                    if not isinstance(data__provinces_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}]'.format(**locals()) + ' must be object')
                    data__provinces_item_is_dict = isinstance(data__provinces_item, dict)
                    if data__provinces_item_is_dict:
                        data__provinces_item__missing_keys = set(['name']) - data__provinces_item.keys()
                        if data__provinces_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__provinces_item__missing_keys)) + ' properties'))
                        data__provinces_item_keys = set(data__provinces_item.keys())
                        if 'name' in data__provinces_item_keys:
                            data__provinces_item_keys.remove('name')
                            data__provinces_item__name = data__provinces_item['name']
                            validate_cds_vocabulary_schema_json___defs_place(data__provinces_item__name, custom_formats, None)
                        if 'former_provinces' in data__provinces_item_keys:
                            data__provinces_item_keys.remove('former_provinces')
                            data__provinces_item__formerprovinces = data__provinces_item['former_provinces']
                            if not isinstance(data__provinces_item__formerprovinces, (list, tuple)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_provinces'.format(**locals()) + ' must be array')
                            data__provinces_item__formerprovinces_is_list = isinstance(data__provinces_item__formerprovinces, (list, tuple))
                            if data__provinces_item__formerprovinces_is_list:
                                data__provinces_item__formerprovinces_len = len(data__provinces_item__formerprovinces)
                                if data__provinces_item__formerprovinces_len > 10:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_provinces'.format(**locals()) + ' must contain less than or equal to 10 items')

                                def fn(var):
                                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                if data__provinces_item__formerprovinces_len > len(set((fn(data__provinces_item__formerprovinces_x) for data__provinces_item__formerprovinces_x in data__provinces_item__formerprovinces))):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_provinces'.format(**locals()) + ' must contain unique items')
                                for data__provinces_item__formerprovinces_x, data__provinces_item__formerprovinces_item in enumerate(data__provinces_item__formerprovinces):
                                    validate_cds_vocabulary_schema_json___defs_place(data__provinces_item__formerprovinces_item, custom_formats, None)
                        if 'also_written' in data__provinces_item_keys:
                            data__provinces_item_keys.remove('also_written')
                            data__provinces_item__alsowritten = data__provinces_item['also_written']
                            if not isinstance(data__provinces_item__alsowritten, (list, tuple)):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].also_written'.format(**locals()) + ' must be array')
                            data__provinces_item__alsowritten_is_list = isinstance(data__provinces_item__alsowritten, (list, tuple))
                            if data__provinces_item__alsowritten_is_list:
                                data__provinces_item__alsowritten_len = len(data__provinces_item__alsowritten)
                                if data__provinces_item__alsowritten_len > 20:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].also_written'.format(**locals()) + ' must contain less than or equal to 20 items')

                                def fn(var):
                                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                if data__provinces_item__alsowritten_len > len(set((fn(data__provinces_item__alsowritten_x) for data__provinces_item__alsowritten_x in data__provinces_item__alsowritten))):
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].also_written'.format(**locals()) + ' must contain unique items')
                                for data__provinces_item__alsowritten_x, data__provinces_item__alsowritten_item in enumerate(data__provinces_item__alsowritten):
                                    validate_cds_vocabulary_schema_json___defs_place(data__provinces_item__alsowritten_item, custom_formats, None)
                        if 'former_also_written' in data__provinces_item_keys:
                            data__provinces_item_keys.remove('former_also_written')
                            data__provinces_item__formeralsowritten = data__provinces_item['former_also_written']
                            if not isinstance(data__provinces_item__formeralsowritten, dict):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_also_written'.format(**locals()) + ' must be object')
                            data__provinces_item__formeralsowritten_is_dict = isinstance(data__provinces_item__formeralsowritten, dict)
                            if data__provinces_item__formeralsowritten_is_dict:
                                data__provinces_item__formeralsowritten_len = len(data__provinces_item__formeralsowritten)
                                if data__provinces_item__formeralsowritten_len > 10:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_also_written'.format(**locals()) + ' must contain less than or equal to 10 properties')
                                data__provinces_item__formeralsowritten_keys = set(data__provinces_item__formeralsowritten.keys())
                                for data__provinces_item__formeralsowritten_key in data__provinces_item__formeralsowritten_keys:
                                    if data__provinces_item__formeralsowritten_key not in []:
                                        data__provinces_item__formeralsowritten_value = data__provinces_item__formeralsowritten.get(data__provinces_item__formeralsowritten_key)
                                        if not isinstance(data__provinces_item__formeralsowritten_value, (list, tuple)):
                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_also_written.{data__provinces_item__formeralsowritten_key}'.format(**locals()) + ' must be array')
                                        data__provinces_item__formeralsowritten_value_is_list = isinstance(data__provinces_item__formeralsowritten_value, (list, tuple))
                                        if data__provinces_item__formeralsowritten_value_is_list:
                                            data__provinces_item__formeralsowritten_value_len = len(data__provinces_item__formeralsowritten_value)
                                            if data__provinces_item__formeralsowritten_value_len < 1:
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_also_written.{data__provinces_item__formeralsowritten_key}'.format(**locals()) + ' must contain at least 1 items')
                                            if data__provinces_item__formeralsowritten_value_len > 20:
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_also_written.{data__provinces_item__formeralsowritten_key}'.format(**locals()) + ' must contain less than or equal to 20 items')

                                            def fn(var):
                                                return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                            if data__provinces_item__formeralsowritten_value_len > len(set((fn(data__provinces_item__formeralsowritten_value_x) for data__provinces_item__formeralsowritten_value_x in data__provinces_item__formeralsowritten_value))):
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_also_written.{data__provinces_item__formeralsowritten_key}'.format(**locals()) + ' must contain unique items')
                                            for data__provinces_item__formeralsowritten_value_x, data__provinces_item__formeralsowritten_value_item in enumerate(data__provinces_item__formeralsowritten_value):
                                                validate_cds_vocabulary_schema_json___defs_place(data__provinces_item__formeralsowritten_value_item, custom_formats, None)
                        if 'former_districts' in data__provinces_item_keys:
                            data__provinces_item_keys.remove('former_districts')
                            data__provinces_item__formerdistricts = data__provinces_item['former_districts']
                            if not isinstance(data__provinces_item__formerdistricts, dict):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_districts'.format(**locals()) + ' must be object')
                            data__provinces_item__formerdistricts_is_dict = isinstance(data__provinces_item__formerdistricts, dict)
                            if data__provinces_item__formerdistricts_is_dict:
                                data__provinces_item__formerdistricts_len = len(data__provinces_item__formerdistricts)
                                if data__provinces_item__formerdistricts_len > 10:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_districts'.format(**locals()) + ' must contain less than or equal to 10 properties')
                                data__provinces_item__formerdistricts_keys = set(data__provinces_item__formerdistricts.keys())
                                for data__provinces_item__formerdistricts_key in data__provinces_item__formerdistricts_keys:
                                    if data__provinces_item__formerdistricts_key not in []:
                                        data__provinces_item__formerdistricts_value = data__provinces_item__formerdistricts.get(data__provinces_item__formerdistricts_key)
                                        if not isinstance(data__provinces_item__formerdistricts_value, (list, tuple)):
                                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_districts.{data__provinces_item__formerdistricts_key}'.format(**locals()) + ' must be array')
                                        data__provinces_item__formerdistricts_value_is_list = isinstance(data__provinces_item__formerdistricts_value, (list, tuple))
                                        if data__provinces_item__formerdistricts_value_is_list:
                                            data__provinces_item__formerdistricts_value_len = len(data__provinces_item__formerdistricts_value)
                                            if data__provinces_item__formerdistricts_value_len > 100:
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_districts.{data__provinces_item__formerdistricts_key}'.format(**locals()) + ' must contain less than or equal to 100 items')

                                            def fn(var):
                                                return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                            if data__provinces_item__formerdistricts_value_len > len(set((fn(data__provinces_item__formerdistricts_value_x) for data__provinces_item__formerdistricts_value_x in data__provinces_item__formerdistricts_value))):
                                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}].former_districts.{data__provinces_item__formerdistricts_key}'.format(**locals()) + ' must contain unique items')
                                            for data__provinces_item__formerdistricts_value_x, data__provinces_item__formerdistricts_value_item in enumerate(data__provinces_item__formerdistricts_value):
                                                validate_cds_vocabulary_schema_json___defs_place(data__provinces_item__formerdistricts_value_item, custom_formats, None)
                        if data__provinces_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.provinces[{data__provinces_x}]'.format(**locals()) + ' must not contain ' + str(data__provinces_item_keys) + ' properties')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_vocabulary_schema_json___defs_place(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be longer than or equal to 1 characters')
        if data_len > 100:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be shorter than or equal to 100 characters')
    return data

def validate_cds_vocabulary_schema_json___defs_id(data, custom_formats={}, name_prefix=None):
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z][a-z0-9_]{0,63}$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z][a-z0-9_]{0,63}$')
    return data

def validate_cds_vocabulary_schema_json___defs_text(data, custom_formats={}, name_prefix=None):
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
                if data__vi_len > 200:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.vi must be shorter than or equal to 200 characters')
        if 'en' in data_keys:
            data_keys.remove('en')
            data__en = data['en']
            if not isinstance(data__en, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be string')
            if isinstance(data__en, str):
                data__en_len = len(data__en)
                if data__en_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be longer than or equal to 1 characters')
                if data__en_len > 200:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be shorter than or equal to 200 characters')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data


validate = validate_cds_vocabulary_schema_json
